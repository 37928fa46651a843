import type { ApplicationEntity } from '@pioneer/api-core';
import type { ApplicationPage, ApplicationRecord } from '@pioneer/contracts';
import type { ApplicationStatus } from './application-status';

/** The record and page shapes are shared with the SDK and the backoffice (@pioneer/contracts). */
export type { ApplicationRecord, ApplicationPage };

export function toRecord(row: ApplicationEntity): ApplicationRecord {
  return {
    id: row.id,
    number: row.number,
    policy: row.policy,
    measure: row.measure,
    status: row.status as ApplicationStatus,
    version: row.version,
    applicantId: row.applicantId,
    district: row.district,
    data: row.data,
    decision: row.decision,
    amount: row.amount,
    approvedAmount: row.approvedAmount,
    paidAmount: row.paidAmount,
    budgetCode: row.budgetCode,
    budgetYear: row.budgetYear,
    statusReason: row.statusReason,
    submittedAt: row.submittedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
