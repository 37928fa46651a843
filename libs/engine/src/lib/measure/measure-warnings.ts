import type { SchemaProblem } from '../types';

/** What the scaffold writes where the policy's own text or number belongs (nx g @pioneer/codegen:measure). */
const PLACEHOLDERS = ['【待填写】', '[TODO]'];
const PLACEHOLDER_CLAUSE = /-todo$/;

/** Every parameter name a measure file uses: `{"param": name}` in expressions and rates, and `scoreBands`. */
function paramsUsed(node: unknown, out: Set<string>): Set<string> {
  if (Array.isArray(node)) node.forEach((item) => paramsUsed(item, out));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'param' || key === 'scoreBands') && typeof value === 'string') out.add(value);
      else if (key !== 'x-parameters' && key !== 'x-versions') paramsUsed(value, out);
    }
  }
  return out;
}

function placeholders(node: unknown, pointer: string, out: string[]): string[] {
  if (typeof node === 'string') {
    if (PLACEHOLDERS.some((p) => node.includes(p))) out.push(pointer);
  } else if (Array.isArray(node)) node.forEach((item, i) => placeholders(item, `${pointer}/${i}`, out));
  else if (node && typeof node === 'object')
    for (const [key, value] of Object.entries(node)) placeholders(value, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, out);
  return out;
}

/**
 * What compiles but is probably unfinished, for `pioneer check` to warn about without failing:
 * texts and the clause the scaffold left to fill in, and parameters no rule or award reads (a
 * limit that is declared but never applied pays too much, silently).
 */
export function measureWarnings(file: string, json: Record<string, unknown>): SchemaProblem[] {
  const warnings: SchemaProblem[] = placeholderWarnings(file, json);
  const clause = (json['x-measure'] as { clause?: unknown } | undefined)?.clause;
  if (typeof clause === 'string' && PLACEHOLDER_CLAUSE.test(clause))
    warnings.push({
      file,
      pointer: '/x-measure/clause',
      message: `the clause '${clause}' is a placeholder: give the clause number of the policy text`,
    });
  const used = paramsUsed(json, new Set());
  for (const name of Object.keys((json['x-parameters'] ?? {}) as object))
    if (!used.has(name))
      warnings.push({
        file,
        pointer: `/x-parameters/${name}`,
        message: `parameter '${name}' is declared but no rule or award reads it: use it, or remove it from x-parameters and every version`,
      });
  return warnings;
}

/** One warning for the placeholder texts (【待填写】/[TODO]) left in a file (a measure or a policy.json), at the first. */
export function placeholderWarnings(file: string, json: unknown): SchemaProblem[] {
  const left = placeholders(json, '', []);
  if (!left.length) return [];
  return [
    {
      file,
      pointer: left[0],
      message: `${left.length} placeholder text(s) (【待填写】/[TODO]) left to replace with the policy's own words, the first here`,
    },
  ];
}
