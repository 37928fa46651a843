import { RouteConfig } from '@nestjs/platform-fastify';

/** The route-config flag configureHttpEdge turns into the strict per-address rate limit. */
export const SIGN_IN_RATE_LIMIT = 'pioneerSignInRateLimit';

/**
 * Puts a route under the strict limit of PIONEER_SIGN_IN_RATE_LIMIT attempts a minute per client
 * address (sign-in, registration), instead of the per-principal limit: guessing passwords must
 * stay slow whoever the attacker claims to be. Counted in the database (`rate-limit-stores.ts`),
 * so the limit holds across every API process of a deployment.
 */
export const SignInRateLimit = () => RouteConfig({ [SIGN_IN_RATE_LIMIT]: true });
