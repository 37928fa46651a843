import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildWithNx, COMPILER_MODULE, ROOT, startRecorded } from './run-built.util';

const dir = mkdtempSync(path.join(tmpdir(), 'pioneer-built-api-'));
const ADMIN = 'built-api-admin-token';
const APPLICANT = 'built-api-applicant-token';

/** An example application from the schemas (the first one), and the measure it belongs to. */
function anExample(): { measure: string; form: Record<string, unknown> } {
  const policies = path.join(ROOT, 'schemas/policies');
  const folder = path.join(policies, readdirSync(policies)[0], 'examples/applications');
  const file = readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()[0];
  return { measure: path.basename(file, '.json'), form: JSON.parse(readFileSync(path.join(folder, file), 'utf8')) };
}

describe('the built API (nx build api → dist/apps/api/main.js), as production runs it', () => {
  beforeAll(() => buildWithNx(['api']), 120000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves health, docs and a real write with NODE_ENV=production, and never loads a TypeScript compiler or loader', async () => {
    const { measure, form } = anExample();
    const applicantId = (form.applicant as { creditCode: string }).creditCode;
    const server = startRecorded(
      ['dist/apps/api/main.js'],
      {
        NODE_ENV: 'production',
        PORT: '0',
        HOST: '127.0.0.1',
        SQLITE_FILE: path.join(dir, 'built.sqlite'),
        PIONEER_NOW: '2025-06-01T02:00:00Z',
        PIONEER_TOKENS: JSON.stringify({ [ADMIN]: 'admin', [APPLICANT]: { role: 'applicant', applicantId } }),
        // Service-account tokens in production need saying so; access tokens need a shared secret.
        PIONEER_STATIC_TOKENS_IN_PRODUCTION: '1',
        PIONEER_AUTH_SECRET: 'built-api-test-secret-of-at-least-32-characters',
      },
      path.join(dir, 'built.modules'),
    );
    try {
      const base = await server.ready;
      const health = await fetch(`${base}/api/health`, { headers: { authorization: `Bearer ${ADMIN}` } });
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok', database: 'sqlite' });
      // The OpenAPI document is an asset of the build (dist/apps/api/libs/contracts/…).
      expect((await fetch(`${base}/api/docs/openapi.json`)).status).toBe(200);
      // A create goes through the guard, the services Nest injects by constructor type
      // (decorator metadata), the validator and the database: all of it ran from the bundle.
      const created = await fetch(`${base}/api/measures/${measure}/applications`, {
        method: 'POST',
        headers: { authorization: `Bearer ${APPLICANT}`, 'content-type': 'application/json' },
        body: JSON.stringify(form),
      });
      expect(created.status).toBe(201);
      expect(await created.json()).toMatchObject({ status: 'draft', measure, applicantId });

      const modules = await server.loadedModules();
      expect(modules).toContain(path.join(ROOT, 'dist/apps/api/main.js'));
      expect(modules.filter((file) => COMPILER_MODULE.test(file))).toEqual([]);
    } finally {
      await server.stop();
    }
  });

  it('ships a package.json that names every package the bundle requires, and the database drivers TypeORM loads by name', () => {
    const bundle = readFileSync(path.join(ROOT, 'dist/apps/api/main.js'), 'utf8');
    const required = new Set(
      [...bundle.matchAll(/require\("([^"]+)"\)/g)]
        .map(([, id]) => id)
        .filter((id) => !id.startsWith('node:'))
        .map((id) =>
          id
            .split('/')
            .slice(0, id.startsWith('@') ? 2 : 1)
            .join('/'),
        ),
    );
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'dist/apps/api/package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(required.size).toBeGreaterThan(3);
    for (const name of [...required, 'pg', 'better-sqlite3', 'reflect-metadata'])
      expect([name, manifest.dependencies[name] !== undefined]).toEqual([name, true]);
    expect(Object.keys(manifest.dependencies)).not.toContain('typescript');
  });

  it('the same probe sees the TypeScript compiler under the development loader (npm run start:api:dev)', async () => {
    const server = startRecorded(
      ['-r', '@swc-node/register', 'apps/api/src/main.ts'],
      {
        SWC_NODE_PROJECT: 'tsconfig.base.json',
        PORT: '0',
        HOST: '127.0.0.1',
        SQLITE_FILE: path.join(dir, 'dev.sqlite'),
        PIONEER_TOKENS: '',
        PIONEER_AUTH_SECRET: 'built-api-test-secret-of-at-least-32-characters',
      },
      path.join(dir, 'dev.modules'),
    );
    try {
      await server.ready;
      const modules = await server.loadedModules();
      expect(modules.some((file) => /\/node_modules\/typescript\//.test(file))).toBe(true);
    } finally {
      await server.stop();
    }
  });
});
