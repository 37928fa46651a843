import type { Organisation, User } from './auth-client';
import type { Http } from './http';
import type { JsonObject, Page } from './types';

/** A district portal's API key as listed: never the key itself. */
export interface ApiKey {
  id: string;
  name: string;
  /** The key's first characters, to tell keys apart. */
  prefix: string;
  district: string;
  createdBy: string;
  createdAt: string;
  revokedAt: string | null;
}

/** A new API key: `key` is shown this once (the API keeps only its hash). */
export interface NewApiKey extends ApiKey {
  key: string;
}

/** A page request of a registry list, with its one filter (`district` for organisations, `role` for users) and a keyword. */
export interface RegistryQuery {
  page?: number;
  perPage?: number;
  district?: string;
  role?: User['role'];
  /**
   * Keyword (at most 100 characters, case-blind, `%` and `_` literal): organisations by name, credit
   * code or district; users by user name, name, district or organisation; API keys by name, prefix or district.
   */
  q?: string;
}

/** The admins' registry: organisations, users and district API keys. */
export interface IdentityClient {
  organisations: {
    list(query?: RegistryQuery): Promise<Page<Organisation>>;
    get(id: string): Promise<Organisation>;
    create(input: JsonObject): Promise<Organisation>;
    update(id: string, changes: JsonObject): Promise<Organisation>;
  };
  users: {
    list(query?: RegistryQuery): Promise<Page<User>>;
    get(id: string): Promise<User>;
    /** A user with a role; an applicant names its `organisationId`, a district officer its `district`. */
    create(input: JsonObject): Promise<User>;
    /** Rename, deactivate (`active: false`, ends its sessions) or reactivate, or reset the password. */
    update(id: string, changes: JsonObject): Promise<User>;
  };
  apiKeys: {
    list(query?: RegistryQuery): Promise<Page<ApiKey>>;
    create(input: { name: string; district: string }): Promise<NewApiKey>;
    revoke(id: string): Promise<ApiKey>;
  };
}

/** The registry calls (admins only: every other role gets a 403). */
export function identityClient(http: Http): IdentityClient {
  const registry = <T>(path: string) => ({
    list: (query: RegistryQuery = {}) => http.request<Page<T>>({ method: 'GET', path, query: { ...query }, idempotent: true }),
    get: (id: string) => http.request<T>({ method: 'GET', path: `${path}/${encodeURIComponent(id)}`, idempotent: true }),
    create: (input: JsonObject) => http.request<T>({ method: 'POST', path, body: input, idempotent: false }),
    update: (id: string, changes: JsonObject) => http.request<T>({ method: 'PATCH', path: `${path}/${encodeURIComponent(id)}`, body: changes, idempotent: false }),
  });
  const keys = registry<ApiKey>('/api/api-keys');
  return {
    organisations: registry<Organisation>('/api/organisations'),
    users: registry<User>('/api/users'),
    apiKeys: {
      list: keys.list,
      create: (input) => http.request<NewApiKey>({ method: 'POST', path: '/api/api-keys', body: input, idempotent: false }),
      revoke: (id) => http.request<ApiKey>({ method: 'POST', path: `/api/api-keys/${encodeURIComponent(id)}/revoke`, idempotent: false }),
    },
  };
}
