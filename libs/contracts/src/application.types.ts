import type { Decision } from '@pioneer/engine';

/**
 * An application's lifecycle (DESIGN.md): draft → submitted → eligibility-checked → under-review
 * → scored → approved | rejected → disbursed; withdrawn. One list for the API, the OpenAPI
 * document, the SDK and the backoffice.
 */
export const APPLICATION_STATUSES = ['draft', 'submitted', 'eligibility-checked', 'under-review', 'scored', 'approved', 'rejected', 'disbursed', 'withdrawn'] as const;

export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** The record columns a list can be sorted by. */
export const APPLICATION_SORT_FIELDS = ['createdAt', 'updatedAt', 'submittedAt', 'status', 'amount'] as const;

export type ApplicationSortField = (typeof APPLICATION_SORT_FIELDS)[number];

/** An application as the API returns it. Dates are ISO strings; money is integer fen. */
export interface ApplicationRecord<T = Record<string, unknown>> {
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

/** A page of applications and how many match in all. */
export interface ApplicationPage<T = Record<string, unknown>> {
  data: Array<ApplicationRecord<T>>;
  total: number;
}
