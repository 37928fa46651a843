import { TODAY } from './support/api-harness';
import { pickMeasure } from './support/measure-fixture';
import { RACE_ADMIN_HEADERS, twoApisOnPostgres } from './support/spawn-api';

const url = process.env.TEST_DATABASE_URL;
if (!url) throw new Error('TEST_DATABASE_URL is not set: this suite needs PostgreSQL (e.g. postgres://postgres@127.0.0.1:5432/test); npm test skips *.pg.spec.ts without it');

/**
 * Two API processes behind a load balancer create applications at once on one PostgreSQL: each
 * gets its own readable number; the sequence they draw from hands out each value once, in order.
 */
describe('readable numbers under concurrent creation from two API processes on PostgreSQL', () => {
  let bases: string[];
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ bases, stop } = await twoApisOnPostgres(url!));
  }, 120000);

  afterAll(() => stop?.());

  it('hands out 120 distinct, consecutive numbers', async () => {
    const m = pickMeasure(TODAY);
    const headers = RACE_ADMIN_HEADERS;
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
