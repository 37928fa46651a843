import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { APPLICATION_STATUSES, LIFECYCLE_ROLES, MAX_BULK_APPROVALS, SORTABLE } from '@pioneer/api-applications';
import { featureMigrations, MIGRATIONS, ROLES_KEY } from '@pioneer/api-core';
import { MEASURES } from '@pioneer/contracts';
import { DataSource } from 'typeorm';
import { type Harness, sqliteDatabase, startApi, type TestDatabase, testConfig } from './support/api-harness';
import { otherApplicantId } from './support/measure-fixture';

interface Route {
  controller: string;
  handler: string;
  method: string;
  path: string;
  roles: unknown;
}

/** Every route the running application serves, read from Nest's own metadata. */
function routesOf(api: Harness): Route[] {
  const routes: Route[] = [];
  for (const module of api.app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as { name: string; prototype: Record<string, unknown> };
      const prefix = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      for (const handler of Object.getOwnPropertyNames(controller.prototype)) {
        const fn = controller.prototype[handler];
        if (handler === 'constructor' || typeof fn !== 'function' || Reflect.getMetadata(PATH_METADATA, fn) === undefined) continue;
        const sub = String(Reflect.getMetadata(PATH_METADATA, fn));
        const path = `/api/${[prefix, sub].filter((p) => p && p !== '/').join('/')}`.replace(/:(\w+)/g, '{$1}');
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, fn) as number].toLowerCase();
        routes.push({ controller: controller.name, handler, method, path, roles: Reflect.getMetadata(ROLES_KEY, fn) ?? Reflect.getMetadata(ROLES_KEY, controller) });
      }
    }
  }
  return routes;
}

describe('routes of the running API', () => {
  let db: TestDatabase;
  let api: Harness;
  let routes: Route[];

  beforeAll(async () => {
    db = sqliteDatabase();
    api = await startApi(testConfig(db.config, otherApplicantId('A1'), otherApplicantId('B1')));
    routes = routesOf(api);
  });

  afterAll(async () => {
    await api.close();
    await db.drop();
  });

  it('declares the roles of every route (the global guard refuses a route without)', () => {
    expect(routes.length).toBeGreaterThan(2);
    const missing = routes.filter((r) => !Array.isArray(r.roles) || r.roles.length === 0).map((r) => `${r.controller}.${r.handler}`);
    expect(missing).toEqual([]);
  });

  it('serves the seven operations of every measure with a form, and the OpenAPI document lists exactly the served routes', async () => {
    const document = (await api.call('GET', '/api/docs/openapi.json', { token: null })).body as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(document.paths).flatMap(([path, item]) => Object.keys(item).filter((k) => k !== 'parameters').map((method) => `${method} ${path}`));
    expect(routes.map((r) => `${r.method} ${r.path}`).sort()).toEqual(documented.sort());
    for (const measure of MEASURES.filter((m) => m.hasForm)) {
      expect(routes.filter((r) => r.path.startsWith(`/api${measure.route.replace(/\/applications$/, '')}/`)).length).toBe(7);
    }
  });

  it('documents the statuses and sort columns the API accepts', async () => {
    const document = (await api.call('GET', '/api/docs/openapi.json', { token: null })).body;
    expect(document.components.schemas.ApplicationStatus.enum).toEqual([...APPLICATION_STATUSES]);
    expect(document.components.parameters.sort.schema.enum).toEqual([...SORTABLE]);
  });

  it('guards the bulk approval like the single one, and documents the limit it enforces', async () => {
    const single = routes.find((r) => r.method === 'post' && r.path === '/api/applications/{id}/approve')!;
    const bulk = routes.find((r) => r.method === 'post' && r.path === '/api/approvals')!;
    expect(bulk.roles).toEqual(single.roles);
    expect(bulk.roles).toEqual([...LIFECYCLE_ROLES.approve]);
    const document = (await api.call('GET', '/api/docs/openapi.json', { token: null })).body;
    const ids = document.paths['/api/approvals'].post.requestBody.content['application/json'].schema.properties.ids;
    expect([ids.minItems, ids.maxItems]).toEqual([1, MAX_BULK_APPROVALS]);
  });

  it('guards every export-job route like the streamed exports (admins and approvers), each one documented', () => {
    const streamed = routes.find((r) => r.method === 'get' && r.path === '/api/exports/applications')!;
    const jobs = routes.filter((r) => r.path.startsWith('/api/export-jobs')).map((r) => [`${r.method} ${r.path}`, r.roles]);
    expect(jobs.sort()).toEqual(
      ['get /api/export-jobs', 'get /api/export-jobs/{id}', 'get /api/export-jobs/{id}/file', 'post /api/export-jobs'].map((route) => [route, [...LIFECYCLE_ROLES.ledger]]),
    );
    expect(streamed.roles).toEqual([...LIFECYCLE_ROLES.ledger]);
  });

});

describe('the embedded SQLite database', () => {
  it('runs in WAL mode with synchronous=FULL, so an acknowledged write is on disk', async () => {
    const db = sqliteDatabase();
    const api = await startApi(testConfig(db.config, otherApplicantId('A2'), otherApplicantId('B2')));
    try {
      const dataSource = api.app.get(DataSource);
      expect(await dataSource.query('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
      expect(await dataSource.query('PRAGMA synchronous')).toEqual([{ synchronous: 2 }]);
      // TypeORM runs api-core's and the features' migrations together, in the order of the stamp their names end with.
      const stamp = (name: string) => Number(/(\d{13})$/.exec(name)?.[1]);
      const expected = [...MIGRATIONS, ...featureMigrations()].map((m) => m.name).sort((a, b) => stamp(a) - stamp(b));
      expect((await dataSource.query('SELECT name FROM migrations')).map((r: { name: string }) => r.name)).toEqual(expected);
    } finally {
      await api.close();
      await db.drop();
    }
  });
});
