import type { ApiIssue, IdentityClient, JsonObject, Lang } from '@pioneer/sdk';
import { fieldErrorsOf } from './field-errors';
import { type DataProvider, type GetListParams, HttpError, type RaRecord } from 'react-admin';

/** The registry's react-admin resources, each on its API collection (admins only). */
export const IDENTITY_RESOURCES = ['organisations', 'users', 'api-keys'] as const;

export type IdentityResource = (typeof IDENTITY_RESOURCES)[number];

export const isIdentityResource = (resource: string): resource is IdentityResource => (IDENTITY_RESOURCES as readonly string[]).includes(resource);

// react-admin's verbs are generic over the record type, which the SDK's concrete types cannot satisfy.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const record = (value: unknown) => value as any;

/** The page, the one filter each registry list takes (`district` for organisations, `role` for users) and the keyword `q` of every list. */
function registryQuery(params: Pick<GetListParams, 'pagination' | 'filter'>) {
  const { page = 1, perPage = 25 } = params.pagination ?? {};
  const { district, role, q } = params.filter ?? {};
  return { page, perPage, ...(district ? { district } : {}), ...(role ? { role } : {}), ...(q ? { q } : {}) };
}

/**
 * react-admin's verbs for the registry. The API sorts each registry newest first and has no
 * delete: users are deactivated (`update` with `active: false`), API keys revoked
 * (`update` with `revoked: true`), organisations kept (applications refer to them).
 */
export function identityVerbs(identity: IdentityClient, getLang: () => Lang): Pick<DataProvider, 'getList' | 'getOne' | 'getMany' | 'create' | 'update'> {
  const collections = { organisations: identity.organisations, users: identity.users, 'api-keys': identity.apiKeys };
  const getOne = (resource: string, id: string): Promise<unknown> => {
    if (resource === 'api-keys') throw new Error('API keys are listed, not read one by one');
    return collections[resource as 'users' | 'organisations'].get(id);
  };
  return {
    getList: async (resource, params) => {
      const page = await collections[resource as IdentityResource].list(registryQuery(params));
      return { data: page.data.map(record), total: page.total };
    },
    getOne: async (resource, params) => ({ data: record(await getOne(resource, String(params.id))) }),
    getMany: async (resource, params) => ({ data: (await Promise.all(params.ids.map((id) => getOne(resource, String(id))))).map(record) }),
    create: (resource, params) =>
      withFieldErrors(getLang, async () => {
        const data = params.data as JsonObject;
        if (resource === 'api-keys') return { data: record(await identity.apiKeys.create(data as { name: string; district: string })) };
        return { data: record(await collections[resource as 'users' | 'organisations'].create(data)) };
      }),
    update: (resource, params) =>
      withFieldErrors(getLang, async () => {
        if (resource === 'api-keys') return { data: record(await identity.apiKeys.revoke(String(params.id))) };
        return { data: record(await collections[resource as 'users' | 'organisations'].update(String(params.id), params.data as JsonObject)) };
      }),
  };
}

/** A refusal with issues becomes react-admin's server-side validation errors: each under its field, the form keeps its input. */
async function withFieldErrors<T>(getLang: () => Lang, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error: unknown) {
    const issues = (error as HttpError).body?.issues as ApiIssue[] | undefined;
    if (!(error instanceof HttpError) || !issues?.length) throw error;
    throw new HttpError(error.message, error.status, { ...error.body, errors: { ...fieldErrorsOf(issues, getLang()), root: { serverError: error.message } } });
  }
}

export type { RaRecord };
