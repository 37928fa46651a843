import { newIdempotencyKey, type Http } from './http';
import { pages } from './pages';
import type { ApplicationRecord, Decision, Draft, EligibilityResult, JsonObject, ListQuery, Page } from './types';

/**
 * The calls of one measure, typed by its application form `T`. `client.measures.<camelCode>` is
 * one per measure (generated); `client.applications(code)` is the same, untyped.
 */
export interface MeasureClient<T = JsonObject> {
  /** The measure's code, as routes and the catalogue name it. */
  readonly code: string;
  /** Saves a new draft (it may be incomplete): `201` with the record. */
  create(draft: Draft<T>): Promise<ApplicationRecord<Draft<T>>>;
  /** Changes a draft's form. */
  update(id: string, draft: Draft<T>): Promise<ApplicationRecord<Draft<T>>>;
  /**
   * Submits a draft: the form is validated in full and evaluated with the parameters in force
   * today. One idempotency key is made per call (or pass yours) and kept across retries, so a
   * submit is never made twice.
   */
  submit(id: string, options?: { idempotencyKey?: string }): Promise<ApplicationRecord<T>>;
  get(id: string): Promise<ApplicationRecord<Draft<T>>>;
  list(query?: ListQuery): Promise<Page<ApplicationRecord<Draft<T>>>>;
  /**
   * Every application the query matches, page after page (`perPage` each, default 100), as an
   * async iterable: `for await (const record of client.measures.x.all({ status: 'submitted' }))`.
   */
  all(query?: Omit<ListQuery, 'page'>): AsyncIterable<ApplicationRecord<Draft<T>>>;
  /** The decision (eligibility, award and trace) the form would get, on `asOf` (default: today). */
  estimate(application: Draft<T>, options?: { asOf?: string }): Promise<Decision>;
  /** Which eligibility rules pass, fail or wait for facts the form does not give yet. */
  eligibility(application: Draft<T>, options?: { asOf?: string }): Promise<EligibilityResult>;
}

/** The client of the measure with this code. */
export function measureClient<T = JsonObject>(http: Http, code: string): MeasureClient<T> {
  const measure = `/api/measures/${encodeURIComponent(code)}`;
  const applications = `${measure}/applications`;
  const one = (id: string) => `${applications}/${encodeURIComponent(id)}`;
  return {
    code,
    create: (draft) => http.request({ method: 'POST', path: applications, body: draft, idempotent: false }),
    update: (id, draft) => http.request({ method: 'PATCH', path: one(id), body: draft, idempotent: true }),
    submit: (id, options = {}) =>
      http.request({
        method: 'POST',
        path: `${one(id)}/submit`,
        headers: { 'Idempotency-Key': options.idempotencyKey ?? newIdempotencyKey() },
        idempotent: true,
      }),
    get: (id) => http.request({ method: 'GET', path: one(id), idempotent: true }),
    list: (query = {}) => http.request({ method: 'GET', path: applications, query: { ...query }, idempotent: true }),
    all: (query = {}) => pages((page) => http.request({ method: 'GET', path: applications, query: { perPage: 100, ...query, page }, idempotent: true })),
    estimate: (application, options = {}) =>
      http.request({ method: 'POST', path: `${measure}/estimate`, query: { asOf: options.asOf }, body: application, idempotent: true }),
    eligibility: (application, options = {}) =>
      http.request({ method: 'POST', path: `${measure}/eligibility`, query: { asOf: options.asOf }, body: application, idempotent: true }),
  };
}
