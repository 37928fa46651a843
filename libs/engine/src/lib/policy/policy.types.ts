import type { FundingLevel, Label } from '../types';

export interface Budget {
  code: string;
  label: Label;
  clause?: string;
  measures: string[];
  /** Integer fen a budget year: every year `yearAmounts` names no other amount for. */
  annualAmount: number;
  /** A year's own amount (integer fen) by year (`"2026"`): a year's appropriation, a half first year. */
  yearAmounts?: Record<string, number>;
  /** An approval that does not fit in what is left: refused (default), or cut to what is left, with the reason. */
  whenExhausted?: 'refuse' | 'cut';
}

export interface ExclusivityGroup {
  code: string;
  label: Label;
  /** Measure codes of this policy, or `policy/measure` for another policy's. */
  measures: string[];
  scope: 'same-project' | 'same-applicant';
  /** budget-year: only awards of the same budget year clash (annual support, paid again each year). */
  within?: 'ever' | 'budget-year';
  /** The funding levels whose awards clash; default: the policy's own level. */
  levels?: FundingLevel[];
  reason: Label;
}

/** The policy file (`policy.json`) as the engine reads it. */
export interface PolicyInfo {
  code: string;
  name: Label;
  /** The responsible unit (a code of `units`) that issued the policy. */
  issuer: string;
  /** The government level that funds the policy's awards: the level of its records for P1 and P3. */
  level: FundingLevel;
  /** Where the policy applies (深圳市, a district…): how people are told whose policy it is. */
  jurisdiction: Label;
  publishedOn?: string;
  /** The first part of the policy's readable application numbers (SZAI-2025-000123); see applicationNumberPrefix(). */
  applicationNumberPrefix?: string;
  validity: { from: string; to: string; clauseText: Label };
  sections: Array<{ code: string; label: Label }>;
  units: Array<{ code: string; label: Label }>;
  subjects: {
    applicantId: string;
    projectRef?: string;
    auditedInvestment?: string;
    district?: string;
    evidence?: string;
    declaredSupport?: string;
  };
  budgets: Budget[];
  exclusivityGroups: ExclusivityGroup[];
  cumulativeCap?: { seniorLevels: FundingLevel[]; cappedLevels: FundingLevel[]; clauseText: Label };
}
