import { TODAY } from './support/api-harness';
import { pickMeasure } from './support/measure-fixture';
import { RACE_ADMIN_HEADERS, twoApisOnPostgres } from './support/spawn-api';

const url = process.env.TEST_DATABASE_URL;
if (!url) throw new Error('TEST_DATABASE_URL is not set: this suite needs PostgreSQL (e.g. postgres://postgres@127.0.0.1:5432/test); npm test skips *.pg.spec.ts without it');

/**
 * A client retrying a submit through a load balancer: 200 submits with one Idempotency-Key,
 * spread over two API processes on one PostgreSQL database. The application is submitted once,
 * and every request hears that it succeeded, with the same body.
 */
describe('200 same-key submits through two API processes on PostgreSQL', () => {
  let bases: string[];
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ bases, stop } = await twoApisOnPostgres(url!));
  }, 120000);

  afterAll(() => stop?.());

  it('answers every request 200 with the one stored result', async () => {
    const m = pickMeasure(TODAY);
    const headers = RACE_ADMIN_HEADERS;
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
