import { createHash } from 'node:crypto';
import type { Principal } from '@pioneer/api-core';

/**
 * The stored form of an Idempotency-Key: scoped to the caller's organisation (an applicant's
 * credit code, else the signed-in subject) and hashed. Two organisations may use the same key
 * without meeting, and nobody can learn from a 409 whether another organisation used a key.
 */
export function scopedIdempotencyKey(principal: Principal, key: string): string {
  const scope = principal.role === 'applicant' ? `org:${principal.applicantId}` : `subject:${principal.subject}`;
  return createHash('sha256').update(`${scope}\u0000${key}`).digest('hex');
}
