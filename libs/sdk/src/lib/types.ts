import type { Decision, RuleOutcome } from '@pioneer/engine';

/** A JSON object: an application form whose measure is known only at run time. */
export type JsonObject = Record<string, unknown>;

/**
 * A form being filled in: every field, at every depth, may still be missing. Drafts are saved
 * as they are; the whole form is validated on submit.
 */
export type Draft<T> = T extends ReadonlyArray<infer U> ? Array<Draft<U>> : T extends object ? { [K in keyof T]?: Draft<T[K]> } : T;

/** An application's lifecycle: draft → submitted → eligibility-checked → under-review → scored → approved | rejected → disbursed; withdrawn. */
export type ApplicationStatus =
  'draft' | 'submitted' | 'eligibility-checked' | 'under-review' | 'scored' | 'approved' | 'rejected' | 'disbursed' | 'withdrawn';

/** An application as the API returns it. Dates are ISO strings; money is integer fen. */
export interface ApplicationRecord<T = JsonObject> {
  id: string;
  policy: string;
  /** Measure code. */
  measure: string;
  status: ApplicationStatus;
  /** The parameter version the decision was made with (set at submission). */
  version: string | null;
  /** The applicant's unified social credit code. */
  applicantId: string | null;
  district: string | null;
  /** The application form. */
  data: T;
  decision: Decision | null;
  /** Integer fen; null until decided, or when the award is not money. */
  amount: number | null;
  submittedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Which applications to list, and in which order. */
export interface ListQuery {
  /** From 1 (default 1). */
  page?: number;
  /** 1–100 (default 25). */
  perPage?: number;
  status?: ApplicationStatus;
  sort?: 'createdAt' | 'updatedAt' | 'submittedAt' | 'status' | 'amount';
  order?: 'ASC' | 'DESC';
  /** Only this applicant's applications (credit code). */
  applicantId?: string;
  district?: string;
}

/** A page of results and how many there are in all. */
export interface Page<T> {
  data: T[];
  total: number;
}

/** Eligibility from a possibly partial form: a rule that needs missing facts has `passed: null`. */
export interface EligibilityResult {
  status: 'eligible' | 'possible' | 'ineligible' | 'informational' | 'not-open';
  rules: RuleOutcome[];
}

/** What `GET /api/health` answers. */
export interface Health {
  status: string;
  [key: string]: unknown;
}

export type { Decision, RuleOutcome };
