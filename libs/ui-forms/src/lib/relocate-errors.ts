import type { JsonSchema } from './json-schema';
import type { SchemaError } from './schema-interpreter';

/** The schema node a data pointer falls under, through `properties`, `items` and `additionalProperties`, with its path. */
function nodeAt(schema: JsonSchema, instancePath: string): { node: JsonSchema; path: string } | undefined {
  let node = schema;
  let path = '#';
  for (const raw of instancePath.split('/').slice(1)) {
    const step = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const properties = node.properties as Record<string, JsonSchema> | undefined;
    if (properties && typeof properties[step] === 'object') [node, path] = [properties[step], `${path}/properties/${raw}`];
    else if (/^\d+$/.test(step) && node.items && typeof node.items === 'object') [node, path] = [node.items as JsonSchema, `${path}/items`];
    else if (node.additionalProperties && typeof node.additionalProperties === 'object') [node, path] = [node.additionalProperties as JsonSchema, `${path}/additionalProperties`];
    else return undefined;
  }
  return { node, path };
}

/**
 * A precompiled validator checks the measure's own schema with its `$ref`s kept apart, so its
 * `schemaPath`s point into the referenced files ("#/minimum" of money.json) and it is not verbose.
 * rjsf and the form's error wording read `schemaPath` and `parentSchema` against the form's
 * (inlined, localised) schema: each error gets them from where its data sits in that schema, as
 * ajv compiling the form's schema reported them. (Errors under if/then/else or oneOf branches
 * land on the field's own node: measure forms use none today; the interpreter path has them exact.)
 */
export function relocateErrors(errors: readonly SchemaError[], formSchema: JsonSchema): SchemaError[] {
  const seen = new Set<string>();
  return errors.flatMap((error) => {
    // A node narrowing the schema it refers to (`$ref` + its own `required`) fails twice where the
    // form's merged schema fails once: the engine's issues drop the repeat too.
    const key = JSON.stringify([error.instancePath, error.keyword, error.params]);
    if (seen.has(key)) return [];
    seen.add(key);
    const found = nodeAt(formSchema, error.instancePath);
    return [found ? { ...error, schemaPath: `${found.path}/${error.keyword}`, parentSchema: found.node } : { ...error }];
  });
}
