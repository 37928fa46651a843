import type { Role } from '@pioneer/api-core';
import { TRANSITIONS } from '../application-status';

const STAFF: readonly Role[] = ['admin', 'reviewer', 'approver'];
const READERS: readonly Role[] = ['admin', 'reviewer', 'approver', 'district-officer', 'applicant'];

/**
 * Who may call each lifecycle route (`/api/applications/:id/…`, `/api/budgets`, `/api/audit`).
 * The moves take their roles from TRANSITIONS, so a route can never admit a role its move refuses.
 */
export const LIFECYCLE_ROLES = {
  read: READERS,
  audit: READERS,
  review: STAFF,
  assign: TRANSITIONS.assign.roles,
  declare: ['reviewer'],
  score: TRANSITIONS.recommend.roles,
  recommend: TRANSITIONS.recommend.roles,
  return: TRANSITIONS.return.roles,
  approve: TRANSITIONS.approve.roles,
  /** `POST /api/approvals`: exactly those who may approve one. */
  bulkApprove: TRANSITIONS.approve.roles,
  reject: TRANSITIONS.reject.roles,
  revoke: TRANSITIONS.revoke.roles,
  pay: TRANSITIONS.pay.roles,
  withdraw: TRANSITIONS.withdraw.roles,
  budgets: STAFF,
  ledger: ['admin', 'approver'],
  verifyAudit: ['admin'],
  /** The dashboard: staff and district officers (scoped to their district); not applicants. */
  statistics: ['admin', 'reviewer', 'approver', 'district-officer'],
} as const satisfies Record<string, readonly Role[]>;
