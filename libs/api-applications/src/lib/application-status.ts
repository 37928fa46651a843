import type { Role } from '@pioneer/api-core';
import { APPLICATION_STATUSES, type ApplicationStatus, type AuditAction } from '@pioneer/contracts';

/**
 * The statuses are named once, in @pioneer/contracts; the moves between them are the TRANSITIONS
 * table. A move not in this table cannot happen.
 */
export { APPLICATION_STATUSES, type ApplicationStatus };

/** One move of the lifecycle: from which statuses, to which, who may make it, whether it needs a reason. */
export interface Transition {
  from: readonly ApplicationStatus[];
  to: ApplicationStatus;
  roles: readonly Role[];
  /** The audit action recorded for it. */
  action: AuditAction;
  /** A reason in words is required (it is shown to the applicant and audited). */
  reason?: true;
}

/** Every move of the lifecycle. */
export const TRANSITIONS = {
  /** A draft, or an application returned for correction, is submitted (again). */
  submit: { from: ['draft', 'returned'], to: 'submitted', roles: ['admin', 'applicant'], action: 'application.submit' },
  /** An admin assigns reviewers (again, while the review runs). */
  assign: { from: ['submitted', 'under-review'], to: 'under-review', roles: ['admin'], action: 'application.assign' },
  /** The review is complete: enough reviewers scored (or, without a rubric, one recommended). */
  recommend: { from: ['under-review'], to: 'scored', roles: ['reviewer'], action: 'application.recommend' },
  /** Returned to the applicant for correction (补正). */
  return: { from: ['submitted', 'under-review', 'scored'], to: 'returned', roles: ['admin', 'reviewer'], action: 'application.return', reason: true },
  /** The approver commits the amount against the annual budget. */
  approve: { from: ['scored'], to: 'approved', roles: ['approver'], action: 'application.approve' },
  reject: { from: ['submitted', 'under-review', 'scored'], to: 'rejected', roles: ['approver'], action: 'application.reject', reason: true },
  /** An approval reversed before any payment: the reservation is released. */
  revoke: { from: ['approved'], to: 'rejected', roles: ['approver'], action: 'application.revoke', reason: true },
  /** A payment that leaves part of the approved amount to pay. */
  pay: { from: ['approved'], to: 'approved', roles: ['approver'], action: 'application.pay' },
  /** The payment that completes the approved amount. */
  settle: { from: ['approved'], to: 'paid', roles: ['approver'], action: 'application.settle' },
  /** The applicant withdraws (before any payment); a reservation is released. */
  withdraw: { from: ['draft', 'submitted', 'returned', 'under-review', 'scored', 'approved'], to: 'withdrawn', roles: ['admin', 'applicant'], action: 'application.withdraw', reason: true },
} as const satisfies Record<string, Transition>;

export type TransitionName = keyof typeof TRANSITIONS;

/** Statuses in which the form itself may still be changed. */
export const EDITABLE_STATUSES: readonly ApplicationStatus[] = ['draft', 'returned'];

/** Statuses whose amount the applicant holds: the funding history P1, P3 and cap scopes are checked against. */
export const AWARDED_STATUSES: readonly ApplicationStatus[] = ['approved', 'paid'];

export function isApplicationStatus(value: unknown): value is ApplicationStatus {
  return typeof value === 'string' && (APPLICATION_STATUSES as readonly string[]).includes(value);
}
