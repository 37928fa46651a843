import type { EntityManager } from 'typeorm';
import type { ApiIssue } from '../errors/api-error';

/** The application being submitted, as a submission check sees it. */
export interface SubmittedApplication {
  id: string;
  measure: string;
  /** The organisation it is submitted for (server-owned); null only where the form names none. */
  applicantId: string | null;
  data: Record<string, unknown>;
}

/**
 * A feature's say in every submission, without the applications feature depending on it (e.g.
 * attachments: each cited file must be the organisation's own upload, unchanged). `check` runs
 * before the submit's transaction; `record` runs inside it, so its rows commit with the
 * submission or not at all.
 */
export interface SubmissionCheck {
  /** Problems that block the submission, located by JSON pointer in the form; [] when none. */
  check(application: SubmittedApplication): Promise<ApiIssue[]>;
  record(manager: EntityManager, application: SubmittedApplication): Promise<void>;
}

/** Injection token of the SubmissionCheck[] a global feature module provides (optional). */
export const SUBMISSION_CHECKS = Symbol('SUBMISSION_CHECKS');
