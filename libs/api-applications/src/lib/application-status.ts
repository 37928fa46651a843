import type { Role } from '@pioneer/api-core';
import { APPLICATION_STATUSES, type ApplicationStatus } from '@pioneer/contracts';

/**
 * The statuses are named once, in @pioneer/contracts; the moves between them are the TRANSITIONS
 * table, which the lifecycle issue extends row by row.
 */
export { APPLICATION_STATUSES, type ApplicationStatus };

/** One move of the lifecycle: from which statuses, to which, and who may make it. */
export interface Transition {
  from: readonly ApplicationStatus[];
  to: ApplicationStatus;
  roles: readonly Role[];
  /** The audit action recorded for it. */
  action: string;
}

/** The moves implemented so far. A move not in this table cannot happen. */
export const TRANSITIONS = {
  submit: { from: ['draft'], to: 'submitted', roles: ['admin', 'applicant'], action: 'application.submit' },
} as const satisfies Record<string, Transition>;

export type TransitionName = keyof typeof TRANSITIONS;

/** Statuses in which the form itself may still be changed. */
export const EDITABLE_STATUSES: readonly ApplicationStatus[] = ['draft'];

/** Statuses whose amount the applicant holds: the funding history P1 and P3 are checked against. */
export const AWARDED_STATUSES: readonly ApplicationStatus[] = ['approved', 'disbursed'];

export function isApplicationStatus(value: unknown): value is ApplicationStatus {
  return typeof value === 'string' && (APPLICATION_STATUSES as readonly string[]).includes(value);
}
