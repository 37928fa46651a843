import type { Http } from './http';
import type { JsonObject } from './types';

/** An edit of a measure as the studio sends it: the whole measure file, and cases not yet saved. */
export interface StudioEdit {
  measure: JsonObject;
  newCases?: Array<{ name: string; testCase: JsonObject }>;
}

/**
 * The measure studio (admins; the API answers 403 where it is not enabled). Answers are plain
 * JSON as documented in the OpenAPI document (`studio` tag): the studio UI reads them as they are.
 */
export interface StudioClient {
  policies(): Promise<JsonObject[]>;
  measure(code: string): Promise<JsonObject>;
  check(code: string, edit: StudioEdit): Promise<JsonObject>;
  evaluate(code: string, edit: StudioEdit & { application: JsonObject; asOf: string }): Promise<JsonObject>;
  cases(code: string, edit: StudioEdit): Promise<JsonObject>;
  whatIf(code: string, edit: StudioEdit & { asOf?: string }): Promise<JsonObject>;
  /** Not idempotent in effect (it writes files), so never retried. */
  publish(code: string, edit: StudioEdit): Promise<JsonObject>;
}

export function studioClient(http: Http): StudioClient {
  const measurePath = (code: string) => `/api/studio/measures/${encodeURIComponent(code)}`;
  // Check, evaluate, cases and what-if only read: safe to send again.
  const read = (code: string, action: string, body: unknown) =>
    http.request<JsonObject>({ method: 'POST', path: `${measurePath(code)}/${action}`, body, idempotent: true });
  return {
    policies: () => http.request({ method: 'GET', path: '/api/studio/policies', idempotent: true }),
    measure: (code) => http.request({ method: 'GET', path: measurePath(code), idempotent: true }),
    check: (code, edit) => read(code, 'check', edit),
    evaluate: (code, edit) => read(code, 'evaluate', edit),
    cases: (code, edit) => read(code, 'cases', edit),
    whatIf: (code, edit) => read(code, 'what-if', edit),
    publish: (code, edit) => http.request({ method: 'POST', path: `${measurePath(code)}/publish`, body: edit, idempotent: false }),
  };
}
