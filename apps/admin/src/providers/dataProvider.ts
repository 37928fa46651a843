import type { Lang } from '@pioneer/engine';
import { type BackofficeClient, createClient, type IdentityClient, PioneerApiError, type ListQuery, type MeasureCatalogueEntry } from '@pioneer/sdk';
import { HttpError, type DataProvider, type Identifier, type RaRecord } from 'react-admin';
import { identityVerbs, isIdentityResource } from '../identity/identity-provider';
import { listQuery } from './list-query';
import { localisedCalls } from './localised-calls';

/** The verbs the API has no route for, as a Chinese reader calls them. */
const UNSUPPORTED_ZH = { updateMany: '批量修改', delete: '删除', deleteMany: '批量删除' } as const;

/** The data provider, plus the lifecycle moves react-admin has no verb for. */
export interface PioneerDataProvider extends DataProvider {
  submit(resource: string, params: { id: Identifier }): Promise<{ data: RaRecord }>;
  /** Every measure the API serves, with its section and award rule in words. */
  catalogue(): Promise<MeasureCatalogueEntry[]>;
  /** The staff's calls (review, approval, budgets, audit, statistics), failing with HttpErrors in the current language. */
  backoffice: BackofficeClient;
  /** The admins' registry (organisations, users, API keys), failing likewise. */
  identity: IdentityClient;
}

export interface DataProviderOptions {
  /** Where the API is served (its routes start with `/api`): the page's own origin behind the dev proxy. */
  baseUrl: string;
  /** The access token to send (refreshed when due), or null when signed out. */
  getToken: () => Promise<string | null>;
  getLang: () => Lang;
}

/**
 * react-admin's data verbs on the SDK: a resource is a measure code, a record is the API's
 * ApplicationRecord as it is (the form under `data`, amounts in integer fen). API errors become
 * HttpErrors in the current language, keeping the field issues for the form.
 */
export function createDataProvider({ baseUrl, getToken, getLang }: DataProviderOptions): PioneerDataProvider {
  const client = createClient({ baseUrl, token: async () => (await getToken()) ?? '' });
  const apps = (resource: string) => client.applications(resource);
  const call = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error: unknown) {
      if (error instanceof PioneerApiError) {
        throw new HttpError(error.message[getLang()], error.status, { code: error.code, issues: error.issues });
      }
      throw error;
    }
  };
  const unsupported = (verb: keyof typeof UNSUPPORTED_ZH) =>
    Promise.reject(
      new HttpError(
        getLang() === 'zh-CN' ? `不支持${UNSUPPORTED_ZH[verb]}：申请只能撤回，不能删除` : `${verb} is not supported: applications are withdrawn, not deleted`,
        405,
      ),
    );
  // The SDK's ApplicationRecord is react-admin's record as it is; react-admin's verbs are generic
  // over the record type, which a concrete type cannot satisfy.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const record = (value: unknown) => value as any;

  const identity: IdentityClient = {
    organisations: localisedCalls(client.identity.organisations, call),
    users: localisedCalls(client.identity.users, call),
    apiKeys: localisedCalls(client.identity.apiKeys, call),
  };
  const registry = identityVerbs(identity, getLang);

  return {
    getList: (resource, params) =>
      isIdentityResource(resource) ? registry.getList(resource, params) : call(async () => {
        const page = await apps(resource).list(listQuery(params));
        return { data: page.data.map(record), total: page.total };
      }),
    getOne: (resource, params) =>
      isIdentityResource(resource) ? registry.getOne(resource, params) : call(async () => ({ data: record(await apps(resource).get(String(params.id))) })),
    getMany: (resource, params) =>
      isIdentityResource(resource) ? registry.getMany(resource, params) : call(async () => ({ data: (await Promise.all(params.ids.map((id) => apps(resource).get(String(id))))).map(record) })),
    getManyReference: (resource, params) =>
      call(async () => {
        const page = await apps(resource).list({ ...listQuery(params), [params.target]: String(params.id) } as ListQuery);
        return { data: page.data.map(record), total: page.total };
      }),
    create: (resource, params) =>
      isIdentityResource(resource) ? registry.create(resource, params) : call(async () => {
        const created = await apps(resource).create(params.data.data ?? {});
        if (!params.meta?.submit) return { data: record(created) };
        try {
          return { data: record(await apps(resource).submit(created.id)) };
        } catch (error: unknown) {
          // The draft is saved even though the submission failed: say which, so the form goes to it
          // instead of creating a second draft on the next try.
          if (error instanceof PioneerApiError)
            throw new HttpError(error.message[getLang()], error.status, { code: error.code, issues: error.issues, savedId: created.id });
          throw error;
        }
      }),
    update: (resource, params) =>
      isIdentityResource(resource) ? registry.update(resource, params) : call(async () => {
        const updated = await apps(resource).update(String(params.id), params.data.data ?? {});
        if (!params.meta?.submit) return { data: record(updated) };
        return { data: record(await apps(resource).submit(updated.id)) };
      }),
    updateMany: () => unsupported('updateMany'),
    delete: () => unsupported('delete'),
    deleteMany: () => unsupported('deleteMany'),
    submit: (resource, params) => call(async () => ({ data: record(await apps(resource).submit(String(params.id))) })),
    catalogue: () => call(() => client.catalogue()),
    backoffice: localisedCalls(client.backoffice, call),
    identity,
  };
}
