import type { MeasureCatalogueEntry } from '@pioneer/contracts';
import { createMeasures, type Measures } from '../generated/measures.gen';
import { type AuthClient, authClient } from './auth-client';
import { attachmentsClient, type AttachmentsClient } from './attachments-client';
import { backofficeClient, type BackofficeClient, statistics, type StatisticsQuery, type YearStatistics } from './backoffice-client';
import { createHttp, type ClientOptions } from './http';
import { identityClient, type IdentityClient } from './identity-client';
import { measureClient, type MeasureClient } from './measure-client';
import { studioClient, type StudioClient } from './studio-client';
import type { Health, JsonObject } from './types';

/** A Pioneer API client. */
export interface PioneerClient {
  /** Sign-in, refresh, sign-out, who am I, self-registration. */
  auth: AuthClient;
  /** One typed client per measure with a form: `client.measures.<camelCaseCode>`. */
  measures: Measures;
  /** The same calls for a measure known only at run time (generic UIs such as the backoffice). */
  applications(code: string): MeasureClient<JsonObject>;
  /** Every measure of every policy the API serves: names, clauses, formulas, form fields. */
  catalogue(): Promise<MeasureCatalogueEntry[]>;
  /** Evidence files: `upload(measure, field, file, name)` → the reference for the form; `download(id)`. */
  attachments: AttachmentsClient;
  /** Staff calls after submission: review, approval, payments, budgets, audit, dashboard statistics. */
  backoffice: BackofficeClient;
  /**
   * A year's figures by status, measure and district (`GET /api/statistics`): a district API key
   * gets its own district's, staff all or `{ district }`; the same call as `backoffice.statistics`.
   */
  statistics(query?: number | StatisticsQuery): Promise<YearStatistics>;
  /** The admins' registry: organisations, users, district API keys. */
  identity: IdentityClient;
  health(): Promise<Health>;
  /** The measure studio (admins, where enabled). */
  studio: StudioClient;
}

/** A client for the API at `baseUrl`, sending `token` as a bearer token. Works in browsers and Node. */
export function createClient(options: ClientOptions): PioneerClient {
  const http = createHttp(options);
  return {
    auth: authClient(http),
    measures: createMeasures(http),
    applications: (code) => measureClient<JsonObject>(http, code),
    catalogue: () => http.request({ method: 'GET', path: '/api/measures', idempotent: true }),
    attachments: attachmentsClient(http),
    backoffice: backofficeClient(http),
    statistics: (query) => statistics(http, query),
    identity: identityClient(http),
    health: () => http.request({ method: 'GET', path: '/api/health', idempotent: true }),
    studio: studioClient(http),
  };
}
