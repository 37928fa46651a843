import type { User } from '@pioneer/sdk';

export type Role = User['role'];

/**
 * What each role may do in the backoffice, as the API's route roles allow it
 * (libs/api-applications: APPLICATION_ROLES, TRANSITIONS, LIFECYCLE_ROLES). The UI shows only
 * these buttons and menus, so nobody fills a form the API will refuse with a 403.
 */
export const CAN = {
  createApplication: ['admin', 'applicant'],
  editApplication: ['admin', 'applicant'],
  submitApplication: ['admin', 'applicant'],
  assignReviewers: ['admin'],
  review: ['reviewer'],
  returnApplication: ['admin', 'reviewer'],
  approve: ['approver'],
  reject: ['approver'],
  revoke: ['approver'],
  pay: ['approver'],
  withdraw: ['admin', 'applicant'],
  readBudgets: ['admin', 'reviewer', 'approver'],
  readLedger: ['admin', 'approver'],
  exportData: ['admin', 'approver'],
  readStatistics: ['admin', 'reviewer', 'approver', 'district-officer'],
  // A district officer's statistics are always its own district's (GET /api/statistics).
  chooseStatisticsDistrict: ['admin', 'reviewer', 'approver'],
  verifyAudit: ['admin'],
  manageIdentity: ['admin'],
  useStudio: ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Ability = keyof typeof CAN;

/** Whether `role` may do `ability`; nobody may while the role is unknown (signed out, loading). */
export function can(role: unknown, ability: Ability): boolean {
  return typeof role === 'string' && (CAN[ability] as readonly string[]).includes(role);
}
