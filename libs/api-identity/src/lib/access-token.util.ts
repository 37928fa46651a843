import { createHmac, timingSafeEqual } from 'node:crypto';

/** What an access token says: whose it is, of which session, and when it stops working. */
export interface AccessClaims {
  /** The user's id. */
  sub: string;
  /** The sign-in session (refresh-token family). */
  sid: string;
  /** Issued at, seconds since the epoch. */
  iat: number;
  /** Expires at, seconds since the epoch. */
  exp: number;
}

/** Every access token starts with this: tells it apart from API keys and static tokens at a glance. */
export const ACCESS_TOKEN_PREFIX = 'pio1.';

const SHAPE = /^pio1\.([A-Za-z0-9_-]{10,400})\.([A-Za-z0-9_-]{43})$/;

const mac = (secret: string, signed: string): Buffer => createHmac('sha256', secret).update(signed).digest();

/** Signs `claims` with HMAC-SHA256: `pio1.<claims, base64url JSON>.<signature, base64url>`. */
export function signAccessToken(claims: AccessClaims, secret: string): string {
  const signed = `${ACCESS_TOKEN_PREFIX}${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  return `${signed}.${mac(secret, signed).toString('base64url')}`;
}

/**
 * The claims of a token signed with `secret` that has not expired at `nowSeconds`; undefined
 * for anything else (malformed, tampered, signed with another key, expired). The signature is
 * compared in constant time before the claims are read.
 */
export function verifyAccessToken(token: string, secret: string, nowSeconds: number): AccessClaims | undefined {
  const match = SHAPE.exec(token);
  if (!match) return undefined;
  const expected = mac(secret, `${ACCESS_TOKEN_PREFIX}${match[1]}`);
  const given = Buffer.from(match[2], 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  let claims: Partial<AccessClaims>;
  try {
    claims = JSON.parse(Buffer.from(match[1], 'base64url').toString('utf8')) as Partial<AccessClaims>;
  } catch {
    return undefined;
  }
  const { sub, sid, iat, exp } = claims;
  if (typeof sub !== 'string' || typeof sid !== 'string' || typeof iat !== 'number' || typeof exp !== 'number') return undefined;
  return exp > nowSeconds ? { sub, sid, iat, exp } : undefined;
}
