import type { ApplicationRecord, ApplicationSortField, ApplicationStatus } from '@pioneer/contracts';
import type { Decision, RuleOutcome } from '@pioneer/engine';

/** A JSON object: an application form whose measure is known only at run time. */
export type JsonObject = Record<string, unknown>;

/**
 * A form being filled in: every field, at every depth, may still be missing. Drafts are saved
 * as they are; the whole form is validated on submit.
 */
export type Draft<T> = T extends ReadonlyArray<infer U> ? Array<Draft<U>> : T extends object ? { [K in keyof T]?: Draft<T[K]> } : T;

export type { ApplicationRecord, ApplicationStatus };

/** Which applications to list, and in which order. */
export interface ListQuery {
  /** From 1 (default 1). */
  page?: number;
  /** 1–100 (default 25). */
  perPage?: number;
  /** Keyword (≤ 100 characters, case-blind): the readable number or a listed text column (organisation, project) contains it. */
  q?: string;
  status?: ApplicationStatus;
  sort?: ApplicationSortField;
  order?: 'ASC' | 'DESC';
  /** Only this applicant's applications (credit code). */
  applicantId?: string;
  district?: string;
  /** Equality on a form field the measure marks `x-ui.filter`: `{ 'data.applicant.kind': 'enterprise' }`. Others are a 400. */
  [formField: `data.${string}`]: string | undefined;
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
