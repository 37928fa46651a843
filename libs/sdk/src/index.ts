/**
 * @pioneer/sdk — a typed client of the Pioneer API, for browsers and Node:
 *
 *   const client = createClient({ baseUrl, token });
 *   const draft = await client.measures.<measure>.create({ applicant });
 *   const record = await client.measures.<measure>.submit(draft.id);
 *
 * `client.auth.signIn({ username, password })` returns an access token to pass as `token`
 * (a function returning the current one works well with `auth.refresh`).
 * `client.attachments.upload(measure, '/attachments/contract', file, '合同.pdf')` uploads an evidence
 * file (a Blob, or a Buffer in Node) and returns the reference to put in the form;
 * `download(id)` gets it back.
 *
 * `measures` (generated from schemas/) has one typed client per measure; `applications(code)`
 * is the same untyped. Failures throw PioneerApiError.
 *
 * Offline (no server, no eval): `import computeVoucher from '@pioneer/sdk/offline/compute-voucher'`
 * gives that one measure's `validate`, `checkEligibility`, `estimate` and `match`, with the
 * engine and precompiled validator the API uses. `traceMessage` words a decision's trace lines.
 */
export { createClient, type PioneerClient } from './lib/client';
export { PioneerApiError, type ApiErrorBody, type ApiIssue, type Lang } from './lib/errors';
export { newIdempotencyKey, type ClientOptions } from './lib/http';
export type { MeasureClient } from './lib/measure-client';
export type { AuthClient, SessionTokens, Me, User, Organisation, RegistrationInput } from './lib/auth-client';
export type {
  BackofficeClient,
  BudgetYear,
  GroupCount,
  NamedGroupCount,
  StatisticsQuery,
  YearStatistics,
  LedgerEntry,
  AuditEvent,
  AuditLogEvent,
  AuditLogQuery,
  ReviewAssignment,
  ChainReport,
  DemoSignIn,
  BulkApprovalResult,
  BulkApprovalResponse,
} from './lib/backoffice-client';
export type { ExportJobsClient, ExportJob, ExportJobRequest, ExportJobStatus, ExportFormat } from './lib/export-jobs-client';
export type { AttachmentsClient, AttachmentFile, UploadOptions } from './lib/attachments-client';
export type * from './generated/measures.gen';
export type { StudioClient, StudioEdit, StudioNewMeasure } from './lib/studio-client';
export type { IdentityClient, ApiKey, NewApiKey, RegistryQuery } from './lib/identity-client';
export type * from './lib/types';
// Named, not `export type *`: the package's declarations must not reach the contracts' validators (ajv's types).
export type { MeasureCatalogueEntry, SectionEntry, CatalogueField, ApplicationPage, ApplicationSortField, MeasureApplications, ApplicationMeasureCode, AuditAction } from '@pioneer/contracts';
// Types only: the engine itself comes with each measure's offline entry, not with the client.
export type { OfflineMeasure, OfflineContext } from './lib/offline/offline-measure';
export type { FieldEntry, FormField, MeasureInfo } from '@pioneer/engine';
export type { ValidationIssue, MatchResult, TraceLine, Label, FundingRecord } from '@pioneer/engine';
export { traceMessage, withoutUnit, formatYuan, moneyLabel, parseMoneyInput, MONEY_INPUT_MESSAGES, type MoneyInputResult, type MoneyInputProblem } from '@pioneer/engine';
