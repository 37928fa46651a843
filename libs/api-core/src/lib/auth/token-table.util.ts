import { createHash } from 'node:crypto';
import type { Principal } from './principal.types';

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

/** The token of an `Authorization: Bearer <token>` header (visible ASCII, at most 512), else undefined. */
export function bearerToken(authorization: string | undefined): string | undefined {
  return /^Bearer +([\x21-\x7e]{1,512})$/i.exec(authorization?.trim() ?? '')?.[1];
}

/**
 * Looks tokens up by their SHA-256, so the time a lookup takes says nothing about how much of a
 * guessed token was right.
 */
export class TokenTable {
  private readonly byDigest = new Map<string, Principal>();

  constructor(tokens: ReadonlyMap<string, Principal>) {
    for (const [token, principal] of tokens) this.byDigest.set(digest(token), principal);
  }

  /** The principal of an `Authorization` header value (`Bearer <token>`), if the token is known. */
  resolve(authorization: string | undefined): Principal | undefined {
    const token = bearerToken(authorization);
    return token ? this.byDigest.get(digest(token)) : undefined;
  }
}
