import type { Http } from './http';
import type { JsonObject } from './types';

/** An edit of a measure as the studio sends it: the whole measure file, and cases not yet saved. */
export interface StudioEdit {
  measure: JsonObject;
  newCases?: Array<{ name: string; testCase: JsonObject }>;
  /** A new measure only: its policy, and the budget and exclusivity group of policy.json that list it. */
  placement?: { policy: string; budget?: string; exclusivityGroup?: string };
}

/** A new measure's choices, each from the policy file (`policies()` lists them under `choices`). */
export interface StudioNewMeasure {
  code: string;
  family: string;
  section: string;
  units: string[];
  budget?: string;
  exclusivityGroup?: string;
}

/**
 * The measure studio (admins; the API answers 403 where it is not enabled). Answers are plain
 * JSON as documented in the OpenAPI document (`studio` tag): the studio UI reads them as they are.
 */
export interface StudioClient {
  policies(): Promise<JsonObject[]>;
  measure(code: string): Promise<JsonObject>;
  /** A new measure from the scaffold's template, staged (nothing written until it is published). */
  newMeasure(policy: string, choices: StudioNewMeasure): Promise<JsonObject>;
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
    // Staging writes nothing: safe to send again.
    newMeasure: (policy, choices) =>
      http.request({ method: 'POST', path: `/api/studio/policies/${encodeURIComponent(policy)}/measures`, body: choices, idempotent: true }),
    check: (code, edit) => read(code, 'check', edit),
    evaluate: (code, edit) => read(code, 'evaluate', edit),
    cases: (code, edit) => read(code, 'cases', edit),
    whatIf: (code, edit) => read(code, 'what-if', edit),
    publish: (code, edit) => http.request({ method: 'POST', path: `${measurePath(code)}/publish`, body: edit, idempotent: false }),
  };
}
