/**
 * @pioneer/api-identity — organisations and people: the organisation registry, users with roles,
 * password sign-in with short-lived signed access tokens and rotating refresh tokens, district
 * API keys, and the credential resolver the global guard (api-core) asks for those tokens.
 */
export { IdentityModule } from './lib/identity.module';
export { OrganisationsService } from './lib/organisations.service';
export { UsersService } from './lib/users.service';
export { SessionsService, type SessionTokens } from './lib/sessions.service';
export { RegistrationService, type Registration } from './lib/registration.service';
export { ApiKeysService, API_KEY_SHAPE, type NewApiKey } from './lib/api-keys.service';
export { IdentityCredentialResolver } from './lib/credential-resolver.service';
export { hashPassword, verifyPassword, PASSWORD_LENGTH } from './lib/password.util';
export { signAccessToken, verifyAccessToken, ACCESS_TOKEN_PREFIX, type AccessClaims } from './lib/access-token.util';
export { policyDistricts, organisationKinds } from './lib/registry-vocabulary.util';
export { seedDemoIdentity, DEMO_SIGN_INS, type DemoSignIn, type IdentitySeed } from './lib/identity-seed';
export type { OrganisationRecord, UserRecord, ApiKeyRecord, Page } from './lib/identity-records.dto';
