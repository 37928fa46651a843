import { NOW, postgresDatabase, type TestDatabase, TODAY } from './support/api-harness';
import { pickMeasure } from './support/measure-fixture';
import { startTwoApiProcesses } from './support/spawn-api';

const url = process.env.TEST_DATABASE_URL;
if (!url) throw new Error('TEST_DATABASE_URL is not set: this suite needs PostgreSQL (e.g. postgres://postgres@127.0.0.1:5432/test); npm test skips *.pg.spec.ts without it');

/**
 * Two API processes behind a load balancer create applications at once on one PostgreSQL: each
 * gets its own readable number, and together they use the counter without a gap.
 */
describe('readable numbers under concurrent creation from two API processes on PostgreSQL', () => {
  let db: TestDatabase;
  let bases: string[];
  let stop: () => Promise<void>;

  beforeAll(async () => {
    db = await postgresDatabase(url);
    const config = db.config as { url: string; schema: string };
    const env = { PORT: '0', HOST: '127.0.0.1', DATABASE_URL: config.url, DATABASE_SCHEMA: config.schema, PIONEER_NOW: NOW, PIONEER_RATE_LIMIT: '100000', PIONEER_TOKENS: JSON.stringify({ 'race-admin-token': 'admin' }) };
    ({ bases, stop } = await startTwoApiProcesses(env));
  }, 120000);

  afterAll(async () => {
    await stop?.();
    await db?.drop();
  });

  it('hands out 120 distinct, consecutive numbers', async () => {
    const m = pickMeasure(TODAY);
    const headers = { authorization: 'Bearer race-admin-token', 'content-type': 'application/json' };
    const route = `/api/measures/${m.code}/applications`;
    const created = await Promise.all(
      Array.from({ length: 120 }, async (_, i) => {
        const res = await fetch(`${bases[i % 2]}${route}`, { method: 'POST', headers, body: JSON.stringify(m.example) });
        return { status: res.status, body: (await res.json()) as { number: string } };
      }),
    );
    expect(created.filter((c) => c.status !== 201)).toEqual([]);
    const counters = created.map((c) => Number(c.body.number.split('-').pop())).sort((a, b) => a - b);
    expect(new Set(counters).size).toBe(120);
    expect(counters[119] - counters[0]).toBe(119);
  });
});
