import type { Role } from '@pioneer/api-core';

/**
 * Who may call each attachment endpoint: those who fill in forms upload; anyone signed in may
 * ask for a file, and the service answers only those who may see it (see AttachmentsService).
 */
export const ATTACHMENT_ROLES = {
  upload: ['admin', 'applicant'],
  download: ['admin', 'reviewer', 'approver', 'district-officer', 'applicant'],
} as const satisfies Record<string, readonly Role[]>;
