import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { APPLICATION_STATUSES, MEASURES } from '@pioneer/contracts';
import { startApiProcess, stopApiProcess } from './support/spawn-api';

describe('the API from its TypeScript sources (npm run start:api:dev), on SQLite, with PIONEER_DEMO=1', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pioneer-start-'));
  let server: ReturnType<typeof startApiProcess>;
  let base: string;

  beforeAll(async () => {
    server = startApiProcess({ PORT: '0', HOST: '127.0.0.1', SQLITE_FILE: path.join(dir, 'demo.sqlite'), PIONEER_DEMO: '1', PIONEER_NOW: '2025-06-01T02:00:00Z', PIONEER_TOKENS: '', PIONEER_CORS_ORIGINS: 'https://portal.example' });
    base = await server.ready;
  }, 120000);

  afterAll(async () => {
    await stopApiProcess(server.child);
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints the URLs it serves and answers over real HTTP', async () => {
    expect(server.output()).toMatch(/docs +http:\/\/localhost:\d+\/api\/docs/);
    // SQLite (one host): attachments in a folder, said at start.
    expect(server.output()).toMatch(/files +attachments in \S+ on this host only \(PIONEER_ATTACHMENT_STORE=files\)/);
    const health = await fetch(`${base}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const signedIn = await fetch(`${base}/api/health`, { headers: { authorization: 'Bearer admin-demo' } });
    expect(await signedIn.json()).toMatchObject({ status: 'ok', database: 'sqlite' });
    expect((await fetch(`${base}/api/docs/openapi.json`)).status).toBe(200);
  });

  it('seeds one user per role, prints their demo sign-ins, and signs them in beside the demo tokens', async () => {
    const signIns = [...server.output().matchAll(/^\s+(\S+) \/ (\S+-demo-pass)\s+(\S+)$/gm)].map((m) => ({ username: m[1], password: m[2], role: m[3] }));
    expect(signIns.map((s) => s.role).sort()).toEqual(['admin', 'applicant', 'approver', 'district-officer', 'reviewer']);
    for (const { username, password, role } of signIns) {
      const res = await fetch(`${base}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
      const session = (await res.json()) as { accessToken: string };
      const me = (await (await fetch(`${base}/api/auth/me`, { headers: { authorization: `Bearer ${session.accessToken}` } })).json()) as { role: string; applicantId?: string };
      expect(me.role).toBe(role);
      if (role === 'applicant') expect(me.applicantId).toBe('91440300MA5F00001A');
    }
    const organisations = (await (await fetch(`${base}/api/organisations?perPage=100`, { headers: { authorization: 'Bearer admin-demo' } })).json()) as { data: Array<{ district: string; creditCode: string }> };
    expect(new Set(organisations.data.map((o) => o.district)).size).toBeGreaterThan(1);
    expect(organisations.data.map((o) => o.creditCode)).toContain('91440300MA5F00001A');
  });

  it('answers CORS preflights for the configured origins only', async () => {
    const preflight = (origin: string) =>
      fetch(`${base}/api/measures`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' } });
    expect((await preflight('https://portal.example')).headers.get('access-control-allow-origin')).toBe('https://portal.example');
    expect((await preflight('https://elsewhere.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('seeds demo applications in every status of the lifecycle, some the demo applicant’s own', async () => {
    let seen = 0;
    const statuses = new Set<string>();
    for (const measure of MEASURES.filter((m) => m.hasForm)) {
      const res = await fetch(`${base}/api${measure.route}?perPage=100`, { headers: { authorization: 'Bearer applicant-demo' } });
      const page = (await res.json()) as { data: Array<{ status: string; applicantId: string }>; total: number };
      const all = (await (await fetch(`${base}/api${measure.route}?perPage=100`, { headers: { authorization: 'Bearer admin-demo' } })).json()) as { data: Array<{ status: string }> };
      all.data.forEach((r) => statuses.add(r.status));
      if (page.total === 0) continue;
      seen++;
      expect(page.data.map((r) => r.status)).toEqual(expect.arrayContaining(['draft', 'submitted']));
      expect(page.data.every((r) => r.applicantId === '91440300MA5F00001A')).toBe(true);
    }
    expect(seen).toBeGreaterThan(0);
    expect([...statuses].sort()).toEqual([...APPLICATION_STATUSES].sort());
    const all = await fetch(`${base}/api${MEASURES.find((m) => m.hasForm)!.route}`, { headers: { authorization: 'Bearer admin-demo' } });
    expect(((await all.json()) as { total: number }).total).toBeGreaterThanOrEqual(3);
  });
});
