import { createHash, randomBytes } from 'node:crypto';

/** SHA-256 in hex: how refresh tokens and API keys are stored (they are random, so no salt is needed). */
export const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex');

/** `bytes` random bytes as base64url (no padding): a secret to hand out once. */
export const randomSecret = (bytes = 32): string => randomBytes(bytes).toString('base64url');
