import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NOW, TODAY } from './support/api-harness';
import { pickMeasure } from './support/measure-fixture';
import { startApiProcess, stopApiProcess } from './support/spawn-api';

/**
 * Two API processes on one SQLite file (the database's locks, not an in-process queue, keep
 * them apart): every draft submitted through both at once is submitted exactly once, and no
 * request fails with a lock error.
 */
describe('two API processes on one SQLite file', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pioneer-procs-'));
  const env = { PORT: '0', HOST: '127.0.0.1', SQLITE_FILE: path.join(dir, 'shared.sqlite'), PIONEER_NOW: NOW, PIONEER_TOKENS: JSON.stringify({ 'process-admin-token': 'admin' }) };
  const servers: Array<ReturnType<typeof startApiProcess>> = [];
  let bases: string[];

  beforeAll(async () => {
    servers.push(startApiProcess(env));
    const first = await servers[0].ready; // migrations run once, before the second process starts
    servers.push(startApiProcess(env));
    bases = [first, await servers[1].ready];
  }, 120000);

  afterAll(async () => {
    await Promise.all(servers.map((s) => stopApiProcess(s.child)));
    rmSync(dir, { recursive: true, force: true });
  });

  it('submits each draft once however the submits are spread over the processes', async () => {
    const m = pickMeasure(TODAY);
    const headers = { authorization: 'Bearer process-admin-token', 'content-type': 'application/json' };
    const route = `/api/measures/${m.code}/applications`;
    const ids: string[] = [];
    for (let i = 0; i < 8; i++) {
      const res = await fetch(`${bases[i % 2]}${route}`, { method: 'POST', headers, body: JSON.stringify(m.example) });
      expect(res.status).toBe(201);
      ids.push(((await res.json()) as { id: string }).id);
    }
    const attempts = ids.flatMap((id) => [0, 1, 0, 1].map((server) => ({ id, server })));
    const statuses = await Promise.all(attempts.map(async ({ id, server }) => ({ id, status: (await fetch(`${bases[server]}${route}/${id}/submit`, { method: 'POST', headers })).status })));
    for (const id of ids) expect(statuses.filter((s) => s.id === id).map((s) => s.status).sort()).toEqual([200, 409, 409, 409]);
    const list = await fetch(`${bases[1]}${route}?status=submitted&perPage=100`, { headers });
    expect(((await list.json()) as { total: number }).total).toBe(ids.length);
  });
});
