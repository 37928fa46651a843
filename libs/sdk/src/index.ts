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
 * is the same untyped. Failures throw PioneerApiError. Offline validation, eligibility,
 * estimates and matching with the engine and the precompiled validators come beside
 * `createClient` later, with the same types.
 */
export { createClient, type PioneerClient } from './lib/client';
export { PioneerApiError, type ApiErrorBody, type ApiIssue } from './lib/errors';
export { newIdempotencyKey, type ClientOptions } from './lib/http';
export type { MeasureClient } from './lib/measure-client';
export type { AuthClient, SessionTokens, Me, User, Organisation, RegistrationInput } from './lib/auth-client';
export type { AttachmentsClient, AttachmentFile, UploadOptions } from './lib/attachments-client';
export type { StudioClient, StudioEdit } from './lib/studio-client';
export type { Measures } from './generated/measures.gen';
export type * from './lib/types';
export type * from '@pioneer/contracts';
