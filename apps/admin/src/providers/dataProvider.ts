import type { Lang } from '@pioneer/engine';
import { createClient, PioneerApiError } from '@pioneer/sdk';
import { HttpError, type DataProvider, type GetListParams, type Identifier, type RaRecord } from 'react-admin';

/** The data provider, plus the lifecycle moves react-admin has no verb for. */
export interface PioneerDataProvider extends DataProvider {
  submit(resource: string, params: { id: Identifier }): Promise<{ data: RaRecord }>;
}

export interface DataProviderOptions {
  baseUrl: string;
  getToken: () => string | null;
  getLang: () => Lang;
}

/** `{ data: { applicant: { kind: 'x' } } }` → `{ 'data.applicant.kind': 'x' }`: filters on form fields. */
export function flattenFilter(filter: Record<string, unknown>, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === null || value === '') continue;
    if (typeof value === 'object' && !Array.isArray(value)) Object.assign(out, flattenFilter(value as Record<string, unknown>, `${prefix}${key}.`));
    else out[`${prefix}${key}`] = String(value);
  }
  return out;
}

/** Page, sort and filters as the API's list query reads them. */
export function listQuery(params: GetListParams) {
  const { page = 1, perPage = 25 } = params.pagination ?? {};
  const { field = 'createdAt', order = 'DESC' } = params.sort ?? {};
  return { page, perPage, sort: field, order: order === 'ASC' ? ('ASC' as const) : ('DESC' as const), ...flattenFilter(params.filter ?? {}) };
}

/**
 * react-admin's data verbs on the SDK: a resource is a measure code, a record is the API's
 * ApplicationRecord as it is (the form under `data`, amounts in integer fen). API errors become
 * HttpErrors in the current language, keeping the field issues for the form.
 */
export function createDataProvider({ baseUrl, getToken, getLang }: DataProviderOptions): PioneerDataProvider {
  const clients = new Map<string, ReturnType<typeof createClient>>();
  const client = () => {
    const token = getToken() ?? '';
    if (!clients.has(token)) clients.set(token, createClient({ baseUrl, token: token || undefined }));
    return clients.get(token)!;
  };
  const apps = (resource: string) => client().applications(resource);
  const call = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error: unknown) {
      if (error instanceof PioneerApiError) {
        const message = typeof error.message === 'string' ? error.message : error.message[getLang()];
        throw new HttpError(message, error.status, { code: error.code, issues: error.issues });
      }
      throw error;
    }
  };
  const unsupported = (verb: string) => Promise.reject(new HttpError(`${verb} is not supported: applications are withdrawn, not deleted`, 405));
  // The SDK's ApplicationRecord is react-admin's record as it is; react-admin's verbs are generic
  // over the record type, which a concrete type cannot satisfy.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const record = (value: unknown) => value as any;

  return {
    getList: (resource, params) => call(async () => {
      const page = await apps(resource).list(listQuery(params));
      return { data: page.data.map(record), total: page.total };
    }),
    getOne: (resource, params) => call(async () => ({ data: record(await apps(resource).get(String(params.id))) })),
    getMany: (resource, params) => call(async () => ({ data: (await Promise.all(params.ids.map((id) => apps(resource).get(String(id))))).map(record) })),
    getManyReference: (resource, params) => call(async () => {
      const page = await apps(resource).list({ ...listQuery(params), [params.target]: String(params.id) });
      return { data: page.data.map(record), total: page.total };
    }),
    create: (resource, params) => call(async () => {
      const created = await apps(resource).create(params.data.data ?? {});
      if (!params.meta?.submit) return { data: record(created) };
      return { data: record(await apps(resource).submit(created.id)) };
    }),
    update: (resource, params) => call(async () => {
      const updated = await apps(resource).update(String(params.id), params.data.data ?? {});
      if (!params.meta?.submit) return { data: record(updated) };
      return { data: record(await apps(resource).submit(updated.id)) };
    }),
    updateMany: () => unsupported('updateMany'),
    delete: () => unsupported('delete'),
    deleteMany: () => unsupported('deleteMany'),
    submit: (resource, params) => call(async () => ({ data: record(await apps(resource).submit(String(params.id))) })),
  };
}
