import { NOW, postgresDatabase, type TestDatabase, TODAY } from './support/api-harness';
import { pickMeasure } from './support/measure-fixture';
import { startApiProcess, stopApiProcess } from './support/spawn-api';

const url = process.env.TEST_DATABASE_URL;
if (!url) throw new Error('TEST_DATABASE_URL is not set: this suite needs PostgreSQL (e.g. postgres://postgres@127.0.0.1:5432/test); npm test skips *.pg.spec.ts without it');

/**
 * A client retrying a submit through a load balancer: 200 submits with one Idempotency-Key,
 * spread over two API processes on one PostgreSQL database. The application is submitted once,
 * and every request hears that it succeeded, with the same body.
 */
describe('200 same-key submits through two API processes on PostgreSQL', () => {
  let db: TestDatabase;
  const servers: Array<ReturnType<typeof startApiProcess>> = [];
  let bases: string[];

  beforeAll(async () => {
    db = await postgresDatabase(url);
    const config = db.config as { url: string; schema: string };
    const env = { PORT: '0', HOST: '127.0.0.1', DATABASE_URL: config.url, DATABASE_SCHEMA: config.schema, PIONEER_NOW: NOW, PIONEER_RATE_LIMIT: '100000', PIONEER_TOKENS: JSON.stringify({ 'race-admin-token': 'admin' }) };
    servers.push(startApiProcess(env));
    const first = await servers[0].ready; // migrations run once, before the second process starts
    servers.push(startApiProcess(env));
    bases = [first, await servers[1].ready];
  }, 120000);

  afterAll(async () => {
    await Promise.all(servers.map((s) => stopApiProcess(s.child)));
    await db?.drop();
  });

  it('answers every request 200 with the one stored result', async () => {
    const m = pickMeasure(TODAY);
    const headers = { authorization: 'Bearer race-admin-token', 'content-type': 'application/json' };
    const route = `/api/measures/${m.code}/applications`;
    const created = await fetch(`${bases[0]}${route}`, { method: 'POST', headers, body: JSON.stringify(m.example) });
    const { id } = (await created.json()) as { id: string };
    const submit = (i: number) => fetch(`${bases[i % 2]}${route}/${id}/submit`, { method: 'POST', headers: { ...headers, 'idempotency-key': 'retried-submit-1' } });
    const answers = await Promise.all(Array.from({ length: 200 }, async (_, i) => {
      const res = await submit(i);
      return { status: res.status, body: await res.json() };
    }));
    expect(answers.filter((a) => a.status !== 200).map((a) => [a.status, a.body.error])).toEqual([]);
    for (const answer of answers) expect(answer.body).toEqual(answers[0].body);
    expect(answers[0].body).toMatchObject({ id, status: 'submitted' });
    const audit = await fetch(`${bases[1]}${route}?status=submitted`, { headers });
    expect(((await audit.json()) as { total: number }).total).toBe(1);
  });
});
