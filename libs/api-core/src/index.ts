/**
 * @pioneer/api-core — what every API feature stands on: configuration, database (TypeORM on
 * SQLite or PostgreSQL, migrations, serialised SQLite writes), entities, the clock, the audit
 * log, the global auth guard and the error filter.
 */
export { API_CONFIG, ConfigError, configFromEnv, databaseFrom, parseTokens, tokenFingerprint, DEMO_APPLICANT_ID, DEMO_AUTH_SECRET, DEMO_TOKENS, type ApiConfig, type AttachmentStoreKind, type AuthConfig, type DatabaseConfig, type ExportJobsConfig, type TokenSpec } from './lib/config/api-config';
export { ROLES, PUBLIC, ANY_ROLE, type Role, type RouteAccess, type Principal } from './lib/auth/principal.types';
export { Roles, Public, CurrentPrincipal, ROLES_KEY } from './lib/auth/roles.decorator';
export { AuthGuard } from './lib/auth/auth.guard';
export { TokenTable, bearerToken } from './lib/auth/token-table.util';
export { CREDENTIAL_RESOLVER, type CredentialResolver } from './lib/auth/credential-resolver';
export { ApiError, Errors, type ApiIssue, type ErrorBody } from './lib/errors/api-error';
export { toErrorResponse, type ErrorResponse } from './lib/errors/error-body.util';
export { ErrorFilter, sendError } from './lib/errors/error.filter';
export { Clock } from './lib/clock/clock.service';
export { startOfDay, nextDay } from './lib/clock/start-of-day.util';
export { AuditService, appendParameters, verifyAuditLog, type AuditEntry } from './lib/audit/audit.service';
export { type AuditLogFilter } from './lib/audit/audit-log-filter';
export { ChainChecker, verifyChain, eventHash, canonicalJson, GENESIS_HASH, type ChainReport, type ChainedEvent, type UnlinkedEvent } from './lib/audit/audit-chain.util';
export { DatabaseService } from './lib/database/database.service';
export type { SnapshotReader } from './lib/database/snapshot-reader';
export { commitWith } from './lib/database/commit-with';
export { GroupCommitQueue } from './lib/database/group-commit.util';
export { TableSql, runSql, changedRows } from './lib/database/table-sql';
export { dataSourceOptions, ENTITIES } from './lib/database/data-source.factory';
export { containsAnyOf, containsPattern, MAX_KEYWORD } from './lib/search/keyword-search.util';
export { isUniqueViolation } from './lib/database/unique-violation.util';
export { MIGRATIONS } from './lib/database/migrations';
export { registerFeatureMigrations, featureMigrations } from './lib/database/feature-migrations';
export { ApplicationEntity } from './lib/entities/application.entity';
export { AuditEventEntity } from './lib/entities/audit-event.entity';
export { ReviewAssignmentEntity } from './lib/entities/review-assignment.entity';
export { BudgetLedgerEntity } from './lib/entities/budget-ledger.entity';
export { LedgerEntryEntity, type LedgerEntryKind } from './lib/entities/ledger-entry.entity';
export { OrganisationEntity, type OrganisationContact } from './lib/entities/organisation.entity';
export { UserEntity } from './lib/entities/user.entity';
export { RefreshSessionEntity } from './lib/entities/refresh-session.entity';
export { ApiKeyEntity } from './lib/entities/api-key.entity';
export { AttachmentEntity } from './lib/entities/attachment.entity';
export { AttachmentLinkEntity } from './lib/entities/attachment-link.entity';
export { SUBMISSION_CHECKS, type SubmissionCheck, type SubmittedApplication } from './lib/submission/submission-check';
export { configureHttpEdge, fastifyOptions } from './lib/http/http-edge';
export { SignInRateLimit, SIGN_IN_RATE_LIMIT } from './lib/http/sign-in-rate-limit.decorator';
export { InputReader } from './lib/input/input-reader.util';
export { assertJsonWithinLimits, findJsonProblem, isStorableText, JSON_LIMITS, pointerSegment, type JsonLimits } from './lib/input/json-limits.util';
export { CoreModule } from './lib/core.module';
