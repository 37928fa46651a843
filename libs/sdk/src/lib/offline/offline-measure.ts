import {
  compilePolicy,
  type Decision,
  type EvaluationContext,
  type FieldEntry,
  type MatchResult,
  type MeasureInfo,
  type PolicyBundle,
  type SchemaError,
  type ValidationIssue,
} from '@pioneer/engine';
import type { Draft, EligibilityResult, JsonObject } from '../types';

export type { SchemaError };

/**
 * What a draft may still lack (values not yet given, lists not yet long enough): the API's
 * eligibility check ignores these issues on a partial form, and so does `checkEligibility`.
 */
const INCOMPLETE_KEYWORDS = new Set(['required', 'dependentRequired', 'minItems', 'minProperties']);

/** Options of an offline evaluation: the date (default today) and what the applicant already holds. */
export type OfflineContext = Partial<EvaluationContext>;

/**
 * One measure's engine, in the page: the same code and precompiled validator the API decides with,
 * so an estimate here equals the server's to the fen (for the same funding history). Nothing is
 * compiled at run time (no eval, no new Function): it runs under `script-src 'self'`.
 */
export interface OfflineMeasure<T = JsonObject> {
  readonly code: string;
  /** Name, clause, summary and clause text in zh-CN and en. */
  readonly info: MeasureInfo;
  /** The form's fields in schema order (path, pointer, type, labels, hints, schema): what a form renderer draws. */
  readonly fields: readonly FieldEntry[];
  /** Every problem of a complete form, by JSON pointer, in zh-CN and en (empty: valid). */
  validate(application: Draft<T>): ValidationIssue[];
  /** The precompiled validator's own errors for a form (empty: valid): what `validate` words, unworded. */
  schemaErrors(application: unknown): SchemaError[];
  /** Only the problems of the values given: what a draft being typed may not hold. */
  validateDraft(application: Draft<T>): ValidationIssue[];
  /** Eligibility of a possibly partial form, as `POST …/eligibility` answers it. */
  checkEligibility(application: Draft<T>, context?: OfflineContext): EligibilityResult;
  /** The decision (status, award in fen, trace) the API's `POST …/estimate` gives the same form and history. */
  estimate(application: Draft<T>, context?: OfflineContext): Decision;
  /** The measure against a profile (`{ applicant }`): status, undecided rules, the award range. */
  match(profile: unknown, asOf?: string): MatchResult;
}

/** Today in Shanghai (the API's clock zone), YYYY-MM-DD. */
export function todayInShanghai(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/**
 * Compiles a generated one-measure bundle with its precompiled validator. The generated
 * `@pioneer/sdk/offline/<measure>` entry points call this; nothing else needs to. `omitted`: the
 * policy's other measures its no-double-dipping groups name (their awards come in the history).
 */
export function offlineMeasure<T = JsonObject>(
  code: string,
  bundle: PolicyBundle,
  validators: Record<string, ((data: unknown) => boolean) & { errors?: SchemaError[] | null }>,
  omitted: readonly string[] = [],
): OfflineMeasure<T> {
  const { policy, problems } = compilePolicy(bundle, { validators, checked: true, omittedMeasures: omitted });
  if (!policy)
    throw new Error(`measure ${code} does not compile offline:\n${problems.map((p) => `${p.file}#${p.pointer}: ${p.message}`).join('\n')}`);
  const measure = policy.measure(code);
  const asOfOf = (context: OfflineContext = {}) => context.asOf ?? todayInShanghai();
  const matchOf = (profile: unknown, asOf: string) => policy.match(profile, asOf).find((m) => m.measure === code)!;
  return {
    code,
    info: measure.info,
    fields: [...measure.fields.values()],
    validate: (application) => policy.validate(code, application),
    schemaErrors(application) {
      const check = validators[code];
      // ajv keeps the last call's errors on the function itself: hand out a list of this call's own.
      return check(application) ? [] : [...(check.errors ?? [])];
    },
    validateDraft: (application) => policy.validate(code, application).filter((issue) => !INCOMPLETE_KEYWORDS.has(issue.keyword)),
    checkEligibility(application, context) {
      const match = matchOf(application, asOfOf(context));
      if (match.status === 'not-open' || match.status === 'informational') return { status: match.status, rules: [] };
      const open = new Map([...match.failed, ...match.undecided].map((rule) => [rule.code, rule]));
      const rules = measure.eligibility.map(
        (rule) => open.get(rule.code) ?? { code: rule.code, label: rule.label, kind: 'eligibility' as const, passed: true },
      );
      return { status: match.status, rules };
    },
    estimate: (application, context = {}) =>
      policy.evaluate(code, application, { history: [], scores: [], ...context, asOf: asOfOf(context) }),
    match: (profile, asOf) => matchOf(profile, asOf ?? todayInShanghai()),
  };
}
