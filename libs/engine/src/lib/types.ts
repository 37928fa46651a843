/**
 * The engine's public data types: what goes in (a policy bundle, an application, its context)
 * and what comes out (a decision with its trace, a match). Everything here is plain data, so a
 * decision computed on the server is byte-for-byte the one the portal and the SDK compute.
 */

/** A text in both languages, Simplified Chinese first. */
export interface Label {
  'zh-CN': string;
  en: string;
}

export type Lang = 'zh-CN' | 'en';

/** One JSON file of a policy folder, as read from disk or bundled by the generator. */
export interface SourceFile {
  /** Path relative to the schemas/ folder, e.g. `policies/shenzhen-ai-2024/measures/compute-voucher.json`. */
  file: string;
  json: unknown;
}

/** Everything the engine needs to compile a policy: no file system access happens inside the engine. */
export interface PolicyBundle {
  policy: SourceFile;
  measures: SourceFile[];
  /** Shared definitions (schemas/common) and meta-schemas (schemas/meta). */
  common: SourceFile[];
  meta: SourceFile[];
}

/** A problem found in a schema file: which file, where (JSON pointer), and what is wrong. */
export interface SchemaProblem {
  file: string;
  pointer: string;
  message: string;
}

/** One validation error in an application, located by JSON pointer and worded in both languages. */
export interface ValidationIssue {
  pointer: string;
  keyword: string;
  message: Label;
}

/** Government funding level, used by the cumulative cap (P3). */
export type FundingLevel = 'national' | 'provincial' | 'city' | 'district';

/** An award the applicant already holds (from this platform or declared from elsewhere). */
export interface FundingRecord {
  /** Code of the policy that paid it, when a policy of the platform did; absent: the policy evaluating. */
  policy?: string;
  /** Measure code (of `policy`), when the award came from a measure of the platform. */
  measure?: string;
  /** Exclusivity group of another city-level measure of the same kind (P1). */
  exclusivityGroup?: string;
  level: FundingLevel;
  applicantId: string;
  projectRef?: string;
  /** Integer fen. */
  amount: number;
  /** YYYY-MM-DD. */
  date: string;
  programme?: string;
}

/** One reviewer's scores, criterion code → integer on the rubric's scale. */
export interface ReviewerScores {
  reviewer: string;
  scores: Record<string, number>;
}

export interface EvaluationContext {
  /** The submission (or evaluation) date, YYYY-MM-DD: it picks the parameter version and checks P6. */
  asOf: string;
  history?: FundingRecord[];
  scores?: ReviewerScores[];
}

/** A line of the trace: what step ran, what it found, and which rule or parameter it used. */
export interface TraceLine {
  step: 'version' | 'validation' | 'eligibility' | 'policy' | 'award' | 'score';
  /** The rule, condition or parameter this line is about. */
  ref?: string;
  /**
   * The message, as a key of the engine's catalogue and its parameters (money in fen, rates in
   * basis points, labels): words are made when the line is read, with `traceMessage(line)`, so
   * evaluating builds no strings and every front end words a line the same way.
   */
  key: string;
  params?: Record<string, unknown>;
  /** The words of a line stored before message keys existed; `traceMessage` shows it as it is. */
  message?: Label;
}

export interface RuleOutcome {
  code: string;
  label: Label;
  /** true passed, false failed, null could not be decided from the facts given (matching only). */
  passed: boolean | null;
  reason?: Label;
  /** `eligibility` rules come from the measure; `policy` rules (P1, P3, P6) from the policy file. */
  kind: 'eligibility' | 'policy';
}

export interface MoneyRange {
  min: number;
  max: number;
}

export interface AwardOutcome {
  family: MeasureFamily;
  /** Integer fen when the amount is determined; null while it waits on scores or facts. */
  amount: number | null;
  /** Integer fen: what the amount can be given what is known; null when the facts given don't bound it. */
  range: MoneyRange | null;
  /** Rate applied, in basis points, for share-of-base and matching. */
  rateBasisPoints?: number;
  /** Integer fen: the award before the policy-wide cut (P3), when one applied. */
  beforeCut?: number;
  benefit?: { unit: 'months'; min: number; max: number; label: Label };
  /** Integer fen each funder pays (x-award.split, e.g. city and district for 市、区联合给予); they add up to `amount`. */
  shares?: Array<{ code: string; label: Label; amount: number }>;
  /** Set by a family when the score reached no band: the decision becomes not-selected. */
  notSelected?: true;
  /** Set by fixed-tiers when the form's facts meet no tier: the decision becomes ineligible. */
  noTier?: true;
}

export interface ScoreOutcome {
  /** Combined score on 0–100, to two decimals. */
  total: number;
  reviewers: number;
  method: string;
  /** The parameter version whose rubric scored it (rubrics are versioned with the parameters). */
  rubricVersion?: string;
  /** implementation-rule: the text sets no scoring method and the rubric is a documented default. */
  rubricSource?: 'policy-text' | 'implementation-rule';
}

/**
 * invalid: the form itself is wrong; not-accepted: outside the validity window; ineligible: a rule
 * failed; to-be-completed (补正): nothing refuses it, but evidence or a figure the decision needs is
 * missing; not-selected: eligible, but the reviewers' score reached no band (落选); eligible.
 */
export type DecisionStatus = 'invalid' | 'not-accepted' | 'ineligible' | 'to-be-completed' | 'not-selected' | 'eligible';

export interface Decision {
  measure: string;
  version: string | null;
  asOf: string;
  status: DecisionStatus;
  errors: ValidationIssue[];
  rules: RuleOutcome[];
  award: AwardOutcome | null;
  score: ScoreOutcome | null;
  trace: TraceLine[];
}

export type MeasureFamily = 'share-of-base' | 'matching' | 'fixed-tiers' | 'discretionary' | 'benefit' | 'informational';

export type MatchStatus = 'eligible' | 'possible' | 'ineligible' | 'informational' | 'not-open';

/** How one measure relates to an applicant profile. */
export interface MatchResult {
  /** Code of the policy the measure belongs to: matching runs across every policy, and says whose measure each is. */
  policy: string;
  measure: string;
  name: Label;
  clause: string;
  family: MeasureFamily;
  status: MatchStatus;
  /** Rules that failed, each with its reason. */
  failed: RuleOutcome[];
  /** Rules that need facts from the application form. */
  undecided: RuleOutcome[];
  /** Integer fen range the applicant may expect, when the measure pays money. */
  estimate: MoneyRange | null;
  rateBasisPoints?: number;
  /** Whose cap it is, when not per application: "单家企业累计最高 300万元" (the estimate ignores earlier awards). */
  capScope?: Label;
}
