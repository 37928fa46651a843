import type { FundingLevel, Label } from '../types';

export interface Budget {
  code: string;
  label: Label;
  clause?: string;
  measures: string[];
  /** Integer fen a budget year. */
  annualAmount: number;
  /** An approval that does not fit in what is left: refused (default), or cut to what is left, with the reason. */
  whenExhausted?: 'refuse' | 'cut';
}

export interface ExclusivityGroup {
  code: string;
  label: Label;
  measures: string[];
  scope: 'same-project' | 'same-applicant';
  reason: Label;
}

/** The policy file (`policy.json`) as the engine reads it. */
export interface PolicyInfo {
  code: string;
  name: Label;
  issuer: string;
  publishedOn?: string;
  validity: { from: string; to: string; clauseText: Label };
  sections: Array<{ code: string; label: Label }>;
  units: Array<{ code: string; label: Label }>;
  subjects: { applicantId: string; projectRef?: string; auditedInvestment?: string; district?: string };
  budgets: Budget[];
  exclusivityGroups: ExclusivityGroup[];
  cumulativeCap?: { seniorLevels: FundingLevel[]; cappedLevels: FundingLevel[]; clauseText: Label };
}
