import { budgetYear } from '../lib/dates';
import { type Node, type OperatorCompiler, type OperatorHandler, UNKNOWN } from './expression.types';

/** Which earlier awards `awarded` adds up: for the same identified thing, the applicant's, or the applicant's in this budget year. */
export const AWARD_SCOPES = ['project', 'applicant', 'applicant-year'] as const;
export type AwardScope = (typeof AWARD_SCOPES)[number];

const CODE = '[a-z][a-z0-9]*(-[a-z0-9]+)*';
/** `measure` (this policy) or `policy/measure` (another policy). */
export const MEASURE_REF = new RegExp(`^(${CODE}/)?${CODE}$`);

/** `shenzhen-ai-2024/compute-voucher` → { policy, measure }; a bare code has no policy (the policy evaluating). */
export function splitMeasureRef(ref: string): { policy?: string; measure: string } {
  const slash = ref.indexOf('/');
  return slash < 0 ? { measure: ref } : { policy: ref.slice(0, slash), measure: ref.slice(slash + 1) };
}

/**
 * `{"awarded": ["<policy>/<measure>", "project" | "applicant" | "applicant-year"]}`: money, the
 * sum of the applicant's awards of that measure in the funding history (the platform's records
 * of every policy it serves): for the same identified thing as this application (x-identity, else
 * the project reference), for the applicant, or for the applicant in this budget year. 0 when
 * there is none — "has the city's voucher for this project" is `{">": [{"awarded": …}, 0]}`.
 * While matching a profile there is no history: the value is unknown, so the rule is undecided.
 */
function awarded(this: OperatorCompiler, arg: unknown, at: string): Node {
  const usage = `awarded takes ["<policy>/<measure>" or "<measure>", one of ${AWARD_SCOPES.join(', ')}]`;
  if (!Array.isArray(arg) || arg.length !== 2) return this.fail(at, usage);
  const [ref, within] = arg as unknown[];
  if (typeof ref !== 'string' || !MEASURE_REF.test(ref))
    return this.fail(`${at}/0`, `${JSON.stringify(ref)} is not a measure reference: write <measure> or <policy>/<measure>`);
  if (!AWARD_SCOPES.includes(within as AwardScope))
    return this.fail(`${at}/1`, `unknown scope ${JSON.stringify(within)} (known: ${AWARD_SCOPES.join(', ')})`);
  this.env.measureRef?.(ref, `${at}/0`);
  const target = splitMeasureRef(ref);
  return {
    type: 'money',
    fn: (s) => {
      const h = s.history;
      if (!h || s.partial) return UNKNOWN;
      if (within === 'project' && h.key === undefined) return UNKNOWN;
      const policy = target.policy ?? h.policy;
      let sum = 0;
      for (const r of h.records) {
        if (r.measure !== target.measure || (r.policy ?? h.policy) !== policy || r.applicantId !== h.applicantId) continue;
        if (within === 'project' && r.projectRef !== h.key) continue;
        if (within === 'applicant-year' && budgetYear(r.date) !== budgetYear(s.asOf)) continue;
        sum += r.amount;
      }
      return sum;
    },
  };
}

export const HISTORY_OPERATORS: Record<string, OperatorHandler> = { awarded };
