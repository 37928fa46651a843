import type { SchemaProblem } from '../types';

const LIMITS = ['formatMinimum', 'formatMaximum', 'formatExclusiveMinimum', 'formatExclusiveMaximum'];

/**
 * Format limits (`formatMaximum: "2026-12-31"` on a date field) located at the field that has
 * them: ajv refuses a wrong one only as a whole-schema compile error with its own wording, which
 * points at no field. Walks the form's objects and arrays; a problem here replaces ajv's message.
 */
export function formatLimitProblems(file: string, schema: unknown, pointer = ''): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  if (!schema || typeof schema !== 'object') return out;
  const node = schema as Record<string, unknown>;
  for (const keyword of LIMITS) {
    if (!(keyword in node)) continue;
    const value = node[keyword];
    const at = `${pointer}/${keyword}`;
    if (typeof node.format !== 'string')
      out.push({ file, pointer: at, message: `${keyword} needs a "format" on the same field (e.g. "format": "date")` });
    else if (typeof value !== 'string')
      out.push({
        file,
        pointer: at,
        message: `${keyword} must be a string in the field's format (e.g. "2026-12-31" for a date), found ${JSON.stringify(value)}`,
      });
  }
  for (const key of ['properties', '$defs']) {
    const children = node[key];
    if (children && typeof children === 'object')
      for (const [name, child] of Object.entries(children)) out.push(...formatLimitProblems(file, child, `${pointer}/${key}/${name}`));
  }
  if (node.items) out.push(...formatLimitProblems(file, node.items, `${pointer}/items`));
  return out;
}
