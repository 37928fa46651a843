import type { ApplicationEntity } from '@pioneer/api-core';
import type { Decision } from '@pioneer/engine';
import type { ApplicationStatus } from './application-status';

/** An application as the API returns it. Dates are ISO strings; amount is integer fen or null. */
export interface ApplicationRecord {
  id: string;
  policy: string;
  measure: string;
  status: ApplicationStatus;
  /** The parameter version the decision was made with (set at submission). */
  version: string | null;
  /** The applicant's credit code. */
  applicantId: string | null;
  district: string | null;
  /** The application form. */
  data: Record<string, unknown>;
  decision: Decision | null;
  amount: number | null;
  submittedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A page of applications and how many match in all. */
export interface ApplicationPage {
  data: ApplicationRecord[];
  total: number;
}

export function toRecord(row: ApplicationEntity): ApplicationRecord {
  return {
    id: row.id,
    policy: row.policy,
    measure: row.measure,
    status: row.status as ApplicationStatus,
    version: row.version,
    applicantId: row.applicantId,
    district: row.district,
    data: row.data,
    decision: row.decision,
    amount: row.amount,
    submittedAt: row.submittedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
