// Test cases written as data (schemas/inputs/test-case.schema.json): a policy officer states an
// application and what must be decided; this runs it through the same evaluate as every front end
// and lists each difference, so the CLI, Jest and the studio report a failure the same way.
import type { CompiledPolicy } from '../policy/compile-policy';
import type { Decision, DecisionStatus, FundingRecord, Label, ReviewerScores } from '../types';

/** What a case expects; only the keys given are compared. */
export interface CaseExpectation {
  status: DecisionStatus;
  /** Codes of the failing rules, in rule order. */
  failedRules?: string[];
  /** Integer fen, or null when no amount is determined. */
  amount?: number | null;
  rateBasisPoints?: number;
}

/** One case file's contents. */
export interface MeasureTestCase {
  name: Label;
  asOf: string;
  application: Record<string, unknown>;
  history?: FundingRecord[];
  scores?: ReviewerScores[];
  expected: CaseExpectation;
}

/** One compared key whose actual value differs from the expected one. */
export interface CaseDifference {
  key: keyof CaseExpectation;
  expected: unknown;
  actual: unknown;
}

export interface CaseResult {
  passed: boolean;
  differences: CaseDifference[];
  decision: Decision;
}

function failedRuleCodes(decision: Decision): string[] {
  return decision.rules.filter((rule) => rule.passed === false).map((rule) => rule.code);
}

/** What a decision shows for each key a case can expect. */
export function decisionFacts(decision: Decision): Record<keyof CaseExpectation, unknown> {
  return {
    status: decision.status,
    failedRules: failedRuleCodes(decision),
    amount: decision.award?.amount ?? null,
    rateBasisPoints: decision.award?.rateBasisPoints ?? null,
  };
}

/** Evaluates a case's application of `measure` and compares the decision with what the case expects. */
export function runCase(policy: CompiledPolicy, measure: string, testCase: MeasureTestCase): CaseResult {
  const decision = policy.evaluate(measure, testCase.application, {
    asOf: testCase.asOf,
    history: testCase.history ?? [],
    scores: testCase.scores ?? [],
  });
  const actual = decisionFacts(decision);
  const differences: CaseDifference[] = [];
  for (const key of Object.keys(testCase.expected) as Array<keyof CaseExpectation>) {
    const expected = testCase.expected[key];
    if (JSON.stringify(expected) !== JSON.stringify(actual[key])) differences.push({ key, expected, actual: actual[key] });
  }
  return { passed: differences.length === 0, differences, decision };
}

/** The expectation a decision meets exactly: what a new case records from the engine's current answer. */
export function expectationOf(decision: Decision): CaseExpectation {
  const expected: CaseExpectation = {
    status: decision.status,
    failedRules: failedRuleCodes(decision),
    amount: decision.award?.amount ?? null,
  };
  if (decision.award?.rateBasisPoints !== undefined) expected.rateBasisPoints = decision.award.rateBasisPoints;
  return expected;
}
