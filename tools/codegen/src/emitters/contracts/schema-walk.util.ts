type Json = Record<string, unknown>;

/** Keywords whose value is a map of subschemas. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);
/** Keywords whose value is one subschema (or, for legacy `items`, a list). */
const SCHEMA_ONE = new Set([
  'items',
  'additionalItems',
  'additionalProperties',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
  'unevaluatedItems',
  'unevaluatedProperties',
]);
/** Keywords whose value is a list of subschemas. */
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);

/** Keywords that document a schema but never change what it accepts or the type it describes. */
export function isAnnotation(key: string): boolean {
  return key.startsWith('x-') || key === 'title' || key === 'description' || key === '$comment' || key === 'examples';
}

const isObject = (value: unknown): value is Json => !!value && typeof value === 'object' && !Array.isArray(value);

/**
 * A copy of a schema with `map` applied to every subschema, bottom-up: `map` receives a node
 * whose subschemas are already mapped. Data keywords (`enum`, `const`, `required`, `x-*`…) are
 * copied as they are. The input is not mutated.
 */
export function mapSchema(schema: Json, map: (node: Json) => Json): Json {
  const walk = (node: Json): Json => {
    const out: Json = {};
    for (const [key, value] of Object.entries(node)) {
      if (SCHEMA_MAPS.has(key) && isObject(value))
        out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, isObject(v) ? walk(v) : v]));
      else if (SCHEMA_ONE.has(key) && isObject(value)) out[key] = walk(value);
      else if ((SCHEMA_LISTS.has(key) || key === 'items') && Array.isArray(value)) out[key] = value.map((v) => (isObject(v) ? walk(v) : v));
      else out[key] = value;
    }
    return map(out);
  };
  return walk(schema);
}

/** The schema without annotations (labels, descriptions, titles, x- keywords): what it accepts, only. */
export function stripAnnotations(schema: Json, keep: (key: string) => boolean = () => false): Json {
  return mapSchema(schema, (node) => Object.fromEntries(Object.entries(node).filter(([key]) => keep(key) || !isAnnotation(key))));
}

/** JSON with object keys sorted: equal for schemas that differ only in key order. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (isObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableStringify(value[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}
