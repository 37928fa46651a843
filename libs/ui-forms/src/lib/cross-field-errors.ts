import type { Lang, RuleOutcome } from '@pioneer/engine';
import type { ErrorSchema } from '@rjsf/utils';
import type { JsonSchema } from './json-schema';

interface RuleReads {
  fields: string[];
  /** The rule also reads the date, a parameter or a named condition: not a check of the form alone. */
  other: boolean;
}

function readsOf(expr: unknown, out: RuleReads = { fields: [], other: false }): RuleReads {
  if (Array.isArray(expr)) expr.forEach((item) => readsOf(item, out));
  else if (expr && typeof expr === 'object')
    for (const [op, arg] of Object.entries(expr)) {
      if (op === 'var' && typeof arg === 'string') {
        if (!out.fields.includes(arg)) out.fields.push(arg);
      }
      else if (op === 'ctx' || op === 'param' || op === 'cond' || op === 'score') out.other = true;
      else readsOf(arg, out);
    }
  return out;
}

/**
 * The cross-field checks a measure declares (an eligibility rule comparing two or more of its
 * form's fields and nothing else, such as "start date not after end date") that failed, as
 * errors under the last field the rule reads, in the form's language. Rules that need the date,
 * a parameter or the reviewers stay in the estimate's trace: they are decisions, not typos.
 */
export function crossFieldErrors(schema: JsonSchema, rules: readonly RuleOutcome[], lang: Lang): ErrorSchema {
  const declared = (schema['x-eligibility'] ?? []) as Array<{ code: string; when: unknown }>;
  const errors: Record<string, unknown> = {};
  for (const rule of rules) {
    if (rule.passed !== false || !rule.reason) continue;
    const reads = readsOf(declared.find((d) => d.code === rule.code)?.when);
    if (reads.other || reads.fields.length < 2) continue;
    let node = errors;
    for (const key of reads.fields[reads.fields.length - 1].split('.')) node = (node[key] ??= {}) as Record<string, unknown>;
    node.__errors = [...((node.__errors as string[]) ?? []), rule.reason[lang]];
  }
  return errors as ErrorSchema;
}
