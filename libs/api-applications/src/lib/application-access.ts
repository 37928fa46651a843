import type { Principal, Role } from '@pioneer/api-core';
import { TRANSITIONS } from './application-status';

/**
 * Who may call each application endpoint. The generated controllers declare these with
 * `@Roles(...APPLICATION_ROLES.x)`, so access is decided here, once, for every measure.
 */
export const APPLICATION_ROLES = {
  create: ['admin', 'applicant'],
  update: ['admin', 'applicant'],
  submit: TRANSITIONS.submit.roles,
  read: ['admin', 'reviewer', 'approver', 'district-officer', 'applicant'],
  estimate: ['admin', 'reviewer', 'approver', 'district-officer', 'applicant'],
  eligibility: ['admin', 'reviewer', 'approver', 'district-officer', 'applicant'],
} as const satisfies Record<string, readonly Role[]>;

/**
 * The rows a principal may see: applicants their own organisation's, district officers their
 * district's. A draft is the applicant's own working copy: besides its applicant, only admins
 * (who support applicants) see it; reviewers, approvers and district officers see an
 * application from its submission on.
 */
export interface ApplicationScope {
  applicantId?: string;
  district?: string;
  submittedOnly?: boolean;
}

export function scopeOf(principal: Principal): ApplicationScope {
  if (principal.role === 'applicant') return { applicantId: principal.applicantId ?? '\u0000none' };
  if (principal.role === 'district-officer') return { district: principal.district ?? '\u0000none', submittedOnly: true };
  if (principal.role === 'admin') return {};
  return { submittedOnly: true };
}
