// Shared by the generator (types, forms) and the studio's live form preview, so both show the same form.
import { mergeRef } from './fields';

type Json = Record<string, unknown>;

/**
 * Returns a copy of a schema with every `$ref` replaced by its target (the referring node's own
 * keywords win), so the result stands alone: no resolver needed by types, validators, OpenAPI
 * or forms. Nested `$id`/`$schema` are dropped; the input is not mutated.
 */
export function inlineRefs(schema: Json, schemas: Map<string, Json>): Json {
  const rootId = String(schema.$id);
  const walk = (node: unknown, base: string, depth: number): unknown => {
    if (Array.isArray(node)) return node.map((item) => walk(item, base, depth));
    if (!node || typeof node !== 'object') return node;
    let current = node as Json;
    let uri = base;
    while (typeof current.$ref === 'string') {
      if (depth > 32) throw new Error(`$ref nesting too deep at ${uri}`);
      const target = new URL(current.$ref, uri).href.split('#')[0];
      const resolved = schemas.get(target);
      if (!resolved) throw new Error(`cannot resolve $ref '${current.$ref}' from ${uri}`);
      const { $id: _id, $schema: _schema, ...rest } = resolved;
      current = mergeRef(rest, current);
      uri = target;
      depth++;
    }
    const out: Json = {};
    for (const [key, value] of Object.entries(current)) {
      // x- keywords are data (labels, expressions), not schemas: copy them as they are.
      out[key] = key.startsWith('x-') || key === 'enum' || key === 'const' || key === 'required' ? value : walk(value, uri, depth);
    }
    return out;
  };
  return walk(schema, rootId, 0) as Json;
}

/** Top-level keywords the engine needs but a form does not (rules, parameters, versions). */
const NOT_FOR_FORMS = new Set(['x-parameters', 'x-versions', 'x-conditions', 'x-eligibility', 'x-award', 'x-rubric', 'x-identity', 'x-repeat', 'x-support']);

/** An inlined measure schema without the engine's keywords: what the backoffice's schema-driven form reads. */
export function formOnly(schema: Json): Json {
  return Object.fromEntries(Object.entries(schema).filter(([key]) => !NOT_FOR_FORMS.has(key)));
}
