// Helpers shared by the golden tests of every policy folder (`<policy>/golden/*.spec.ts`): they
// load the policy and its example applications, change an example by dot path, evaluate it, and
// build reviewers' scores. They never compute an expected amount: golden tests work those out by
// hand from the policy text.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { traceMessage, type CompiledPolicy, type Decision, type EvaluationContext, type FundingRecord, type ReviewerScores } from '@pioneer/engine';
import { loadPolicyFolder } from '@pioneer/policy-loader';

/** An application as JSON (sections of fields), so tests can read and change it without a generated type. */
export type Application = Record<string, unknown>;

/** Fields to change, by dot path (`'contract.amount'`); `undefined` removes the field. */
export type Changes = Record<string, unknown>;

/** Converts yuan to integer fen (to the nearest fen), the unit of every amount the engine reads and returns. */
export function yuan(amount: number): number {
  return Math.round(amount * 100);
}

/** One evaluation a golden test made of a published policy: its inputs as data, copied when made. */
export interface GoldenEvaluation {
  policy: string;
  measure: string;
  application: unknown;
  context: EvaluationContext;
}

const listeners = new Set<(evaluation: GoldenEvaluation) => void>();

/**
 * Calls `listener` with every evaluation the golden tests make of a published policy, until the
 * returned function is called: the SDK's parity test replays the golden cases against the API
 * and the packaged offline engines with it, so a case added here is checked there too.
 */
export function onGoldenEvaluation(listener: (evaluation: GoldenEvaluation) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Loads and compiles a policy folder (throwing on any schema problem), so specs take every fixture from this one module. */
export function goldenPolicy(policyDir: string): CompiledPolicy {
  const policy = loadPolicyFolder(policyDir);
  const evaluate = policy.evaluate.bind(policy);
  policy.evaluate = (measure, application, context) => {
    for (const listener of listeners) listener(structuredClone({ policy: policy.info.code, measure, application, context }));
    return evaluate(measure, application, context);
  };
  return policy;
}

/** Where a measure's example application lives in a policy folder, for specs that must test whether there is one. */
export function exampleFile(policyDir: string, measure: string): string {
  return path.join(policyDir, 'examples', 'applications', `${measure}.json`);
}

/** Reads a measure's example application: the eligible baseline that golden tests change one field at a time. */
export function exampleApplication(policyDir: string, measure: string): Application {
  return JSON.parse(readFileSync(exampleFile(policyDir, measure), 'utf8')) as Application;
}

/** A deep copy of an application with fields set or removed by dot path, so a test states only what differs from the example. */
export function withChanges(app: Application, changes: Changes = {}): Application {
  const copy = structuredClone(app);
  for (const [dotPath, value] of Object.entries(changes)) {
    const keys = dotPath.split('.');
    const last = keys.pop()!;
    let node = copy;
    for (const key of keys) {
      const next = node[key];
      if (typeof next !== 'object' || next === null) throw new Error(`withChanges: no object at '${key}' in '${dotPath}'`);
      node = next as Application;
    }
    if (value === undefined) delete node[last];
    else node[last] = value;
  }
  return copy;
}

/** The trace of a decision in one language, each line worded from its message key (as every front end words it). */
export function traceText(decision: Decision, lang: 'zh-CN' | 'en' = 'zh-CN'): string[] {
  return decision.trace.map((line) => traceMessage(line)[lang]);
}

/** The codes of the rules a decision failed, in rule order: what an ineligibility test asserts. */
export function failedRules(decision: Decision): string[] {
  return decision.rules.filter((r) => r.passed === false).map((r) => r.code);
}

/** One measure's golden fixture: its policy, its example changed by dot path, and evaluation at a default date with no funding history. */
export function goldenMeasure(policyDir: string, measure: string, defaultAsOf: string) {
  const policy = goldenPolicy(policyDir);
  const example = exampleApplication(policyDir, measure);
  return {
    policy,
    /** The example application with `changes` applied. */
    application: (changes: Changes = {}): Application => withChanges(example, changes),
    /** Evaluates an application of this measure with reviewers' scores (none by default) on `asOf`. */
    evaluate: (app: Application, scores: ReviewerScores[] = [], asOf = defaultAsOf): Decision =>
      policy.evaluate(measure, app, { asOf, history: [], scores }),
    /** Evaluates with the applicant's funding history (awards already received), for the policy-wide and per-scope rules. */
    evaluateWith: (app: Application, context: { history: FundingRecord[]; scores?: ReviewerScores[]; asOf?: string }): Decision =>
      policy.evaluate(measure, app, { asOf: context.asOf ?? defaultAsOf, history: context.history, scores: context.scores ?? [] }),
    /** An award of this measure to the example's applicant, for a funding history; `projectRef` is the identity key of what it funded. */
    award: (over: Partial<FundingRecord> & Pick<FundingRecord, 'amount' | 'date'>): FundingRecord => ({
      measure,
      // The platform records an award at the level of the policy that paid it.
      level: policy.info.level,
      applicantId: String((example.applicant as Application | undefined)?.creditCode),
      ...over,
    }),
  };
}

/** Builders of reviewers' scores for a rubric, so a test lists each reviewer's marks in the rubric's criterion order. */
export function reviewers(criteria: readonly string[]) {
  const review = (reviewer: string, marks: readonly number[]): ReviewerScores => {
    if (marks.length !== criteria.length)
      throw new Error(`reviewers: ${reviewer} has ${marks.length} marks for ${criteria.length} criteria`);
    return { reviewer, scores: Object.fromEntries(criteria.map((code, i) => [code, marks[i]])) };
  };
  /** One reviewer giving the same mark on every criterion. */
  const all = (reviewer: string, mark: number): ReviewerScores =>
    review(
      reviewer,
      criteria.map(() => mark),
    );
  return { review, all };
}
