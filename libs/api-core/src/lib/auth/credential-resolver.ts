import type { Principal } from './principal.types';

/**
 * Turns a bearer token that is not a configured static token into a principal: a signed access
 * token, an API key. api-core defines the interface and the guard asks it; a feature lib
 * (api-identity) provides it under CREDENTIAL_RESOLVER, so api-core imports nothing of it.
 */
export interface CredentialResolver {
  /** The principal of `token`, or undefined when it is unknown, expired, revoked or malformed. */
  resolve(token: string): Promise<Principal | undefined>;
}

/** Injection token of the optional CredentialResolver (provided by a global module). */
export const CREDENTIAL_RESOLVER = Symbol('CREDENTIAL_RESOLVER');
