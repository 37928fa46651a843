import type { Role } from '@pioneer/api-core';

/**
 * An application's lifecycle (DESIGN.md): draft → submitted → eligibility-checked → under-review
 * → scored → approved | rejected → disbursed; withdrawn. Every status is named here; the moves
 * between them are the TRANSITIONS table, which the lifecycle issue extends row by row.
 */
export const APPLICATION_STATUSES = ['draft', 'submitted', 'eligibility-checked', 'under-review', 'scored', 'approved', 'rejected', 'disbursed', 'withdrawn'] as const;

export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

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
