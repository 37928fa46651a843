import type { ErrorObject } from 'ajv';
import type { SchemaProblem } from '../types';

// An expression is "a literal, a list, or an object with one operator" (expression.schema.json's
// anyOf): when an operator object is wrong, ajv also reports that it is neither a literal nor a
// list. Those two lines only echo the real problem, so they are dropped when it is reported.
const EXPRESSION_BRANCHES = new Set(['#/anyOf/0/type', '#/anyOf/1/type']);

/** Meta-schema errors as problems a person can act on: one line each, the operator named, no echoes. */
export function metaProblems(file: string, errors: ErrorObject[] | null | undefined): SchemaProblem[] {
  const list = errors ?? [];
  const seen = new Set<string>();
  const out: SchemaProblem[] = [];
  const echoes = (e: ErrorObject) =>
    e.keyword === 'type' &&
    EXPRESSION_BRANCHES.has(e.schemaPath) &&
    list.some(
      (other) => !EXPRESSION_BRANCHES.has(other.schemaPath) && other.keyword !== 'anyOf' && other.instancePath.startsWith(e.instancePath),
    );
  for (const e of list) {
    if (e.keyword === 'if' || e.keyword === 'anyOf' || e.keyword === 'allOf' || e.keyword === 'propertyNames' || echoes(e)) continue;
    const message = wording(e);
    const key = `${e.instancePath} ${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ file, pointer: e.instancePath, message });
  }
  return out;
}

function wording(e: ErrorObject): string {
  const name = (e as ErrorObject & { propertyName?: string }).propertyName;
  if (name !== undefined && e.keyword === 'enum')
    return `unknown operator '${name}' (known: ${(e.params.allowedValues as unknown[]).join(', ')})`;
  if (e.keyword === 'enum') return `${e.message} (allowed: ${(e.params.allowedValues as unknown[]).join(', ')})`;
  if (e.keyword === 'format' && e.params.format === 'date') return 'must be a date written YYYY-MM-DD';
  if (e.keyword === 'additionalProperties') return `${e.message} ('${e.params.additionalProperty}')`;
  return e.message ?? e.keyword;
}
