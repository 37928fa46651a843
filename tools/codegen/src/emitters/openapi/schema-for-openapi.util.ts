type Json = Record<string, unknown>;

/** Keywords whose value is a map of name → subschema. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'dependentSchemas']);
/** Keywords whose value is a list of subschemas. */
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
/** Keywords whose value is one subschema. */
const SCHEMA_ONE = new Set(['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames', 'unevaluatedProperties', 'unevaluatedItems']);

const isObject = (value: unknown): value is Json => !!value && typeof value === 'object' && !Array.isArray(value);

/**
 * Walks a JSON Schema keyword by keyword (never into data such as `enum`, `const` or property
 * names), rebuilding each schema node with `visit`. The input is not mutated.
 */
function mapSchema(node: unknown, visit: (schema: Json) => Json): unknown {
  if (!isObject(node)) return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (SCHEMA_MAPS.has(key) && isObject(value)) out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, mapSchema(sub, visit)]));
    else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) out[key] = value.map((sub) => mapSchema(sub, visit));
    else if (SCHEMA_ONE.has(key)) out[key] = mapSchema(value, visit);
    else out[key] = value;
  }
  return visit(out);
}

/**
 * A measure's inlined schema as an OpenAPI 3.1 schema: `x-` keywords stripped (the field's
 * bilingual label becomes its description when it has none), `$schema`/`$id` dropped. Throws if
 * a `$ref` is left, since the document must stand alone.
 */
export function openApiSchema(schema: Json): Json {
  return mapSchema(schema, (node) => {
    const out: Json = {};
    const label = node['x-label'] as { 'zh-CN': string; en: string } | undefined;
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith('x-') || key === '$schema' || key === '$id') continue;
      if (key === '$ref') throw new Error(`a $ref is left in an inlined schema: '${String(value)}'`);
      out[key] = value;
    }
    if (label && out.description === undefined) out.description = `${label['zh-CN']} · ${label.en}`;
    return out;
  }) as Json;
}

/** The same schema with every `required` removed: the shape of a draft, which may be incomplete. */
export function withoutRequired(schema: Json): Json {
  return mapSchema(schema, (node) => {
    const { required: _required, ...rest } = node;
    return rest;
  }) as Json;
}
