/** A JSON Schema document or node, as generated from a measure file (every `$ref` inlined). */
export type JsonSchema = Record<string, unknown>;
