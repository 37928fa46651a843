/* eslint-disable @typescript-eslint/no-explicit-any -- response bodies are arbitrary JSON */
import { ApplicationEntity } from '@pioneer/api-core';
import { ApplicationNumbersBackfill1765600000001 } from '@pioneer/api-applications';
import { DataSource } from 'typeorm';
import { type Harness, startApi, type TestDatabase, testConfig, TODAY, TOKENS } from './api-harness';
import { getPath, type MeasureFixture, otherApplicantId, pickMeasure, setPath } from './measure-fixture';

/**
 * Readable application numbers: assigned by the server at creation from the policy file's
 * prefix, the year and a per-database counter; returned, searchable with `q=`, sortable, never
 * set by a client; rows older than numbering are numbered by the backfill migration.
 */
export function describeApplicationNumbers(label: string, createDatabase: () => Promise<TestDatabase>): void {
  describe(`application numbers and list search on ${label}`, () => {
    let db: TestDatabase;
    let api: Harness;
    let m: MeasureFixture;
    let base: string;
    let prefix: string;
    let namePath: string;
    const create = async (body: unknown) => {
      const res = await api.call('POST', `${base}/applications`, { body });
      expect(res.status).toBe(201);
      return res.body;
    };
    const list = async (query: string, token: string = TOKENS.admin) => api.call('GET', `${base}/applications?${query}`, { token });

    beforeAll(async () => {
      m = pickMeasure(TODAY, (f) => (f.policy.info.applicationNumberPrefix ?? '') !== '');
      base = `/api/measures/${m.code}`;
      prefix = m.policy.info.applicationNumberPrefix!;
      namePath = `${m.applicantPath.split('.')[0]}.name`;
      db = await createDatabase();
      const district = getPath(m.example, m.policy.info.subjects.district ?? '') as string | undefined;
      api = await startApi(testConfig(db.config, getPath(m.example, m.applicantPath) as string, otherApplicantId('B0NUMB'), {}, district));
    });

    afterAll(async () => {
      await api?.close();
      await db?.drop();
    });

    it("numbers each new application PREFIX-YEAR-NNNNNN from the policy file's prefix, in order, and returns it in list and detail", async () => {
      const first = await create(m.example);
      const second = await create(m.example);
      expect(first.number).toMatch(new RegExp(`^${prefix}-2025-\\d{6}$`));
      const counter = (n: string) => Number(n.split('-').pop());
      expect(counter(second.number)).toBe(counter(first.number) + 1);
      expect((await api.call('GET', `${base}/applications/${first.id}`)).body.number).toBe(first.number);
      const page = (await list('sort=number&order=ASC&perPage=100')).body;
      const numbers = page.data.map((r: any) => r.number);
      expect(numbers).toEqual([...numbers].sort());
      expect(numbers).toEqual(expect.arrayContaining([first.number, second.number]));
    });

    it('lets no client set or change the number (mass assignment): 400 naming /number, nothing stored', async () => {
      const dataSource = api.app.get(DataSource);
      const before = await dataSource.getRepository(ApplicationEntity).count();
      const posted = await api.call('POST', `${base}/applications`, { body: { ...m.example, number: `${prefix}-2025-999999` } });
      expect([posted.status, posted.body.issues?.map((i: any) => i.pointer)]).toEqual([400, ['/number']]);
      expect(await dataSource.getRepository(ApplicationEntity).count()).toBe(before);
      const draft = await create(m.example);
      const patched = await api.call('PATCH', `${base}/applications/${draft.id}`, { body: { ...m.example, number: 'X-1' } });
      expect([patched.status, patched.body.issues?.map((i: any) => i.pointer)]).toEqual([400, ['/number']]);
      expect((await api.call('GET', `${base}/applications/${draft.id}`)).body.number).toBe(draft.number);
    });

    it('finds applications by keyword: the number (any part, any case) and the organisation name', async () => {
      const named = await create(setPath(m.example, namePath, '检索专用科技有限公司 Findable'));
      const other = await create(m.example);
      const byNumber = (await list(`q=${encodeURIComponent(named.number.toLowerCase())}`)).body;
      expect(byNumber.data.map((r: any) => r.id)).toEqual([named.id]);
      const byName = (await list(`q=${encodeURIComponent('检索专用')}`)).body;
      expect(byName.data.map((r: any) => r.id)).toEqual([named.id]);
      const caseBlind = (await list('q=FINDABLE')).body;
      expect(caseBlind.data.map((r: any) => r.id)).toEqual([named.id]);
      // LIKE's wildcards are taken literally.
      expect((await list('q=%25')).body.total).toBe(0);
      expect((await list(`q=${encodeURIComponent(other.number)}`)).body.data.map((r: any) => r.id)).toEqual([other.id]);
    });

    it('keeps the keyword within what the caller may see, and refuses one over 100 characters naming q', async () => {
      const mine = await create(m.example);
      const outsider = await list(`q=${encodeURIComponent(mine.number)}`, TOKENS.applicantB);
      expect([outsider.status, outsider.body.total]).toEqual([200, 0]);
      const long = await list(`q=${'x'.repeat(101)}`);
      expect(long.status).toBe(400);
      expect(long.body.message.en).toMatch(/\bq\b/);
    });

    it('numbers rows older than numbering with the backfill migration, oldest first, after the numbers in use', async () => {
      const dataSource = api.app.get(DataSource);
      const a = await create(m.example);
      const b = await create(m.example);
      // b was created first, as far as the backfill can tell: it must get the lower number.
      await dataSource.query(`UPDATE "applications" SET "number" = NULL, "created_at" = '2025-02-01T00:00:00.000Z' WHERE "id" = '${a.id}'`);
      await dataSource.query(`UPDATE "applications" SET "number" = NULL, "created_at" = '2025-01-01T00:00:00.000Z' WHERE "id" = '${b.id}'`);
      const runner = dataSource.createQueryRunner();
      try {
        await new ApplicationNumbersBackfill1765600000001().up(runner);
      } finally {
        await runner.release();
      }
      const after = async (id: string) => (await api.call('GET', `${base}/applications/${id}`)).body.number as string;
      const [numberA, numberB] = [await after(a.id), await after(b.id)];
      expect(numberB).toMatch(new RegExp(`^${prefix}-2025-\\d{6}$`));
      expect(numberA > numberB).toBe(true);
      expect(numberB > b.number).toBe(true);
      expect((await create(m.example)).number > numberA).toBe(true);
    });

    it("takes the year where people live: 1 January 01:00 in Shenzhen numbers in the new year, though it is still 31 December in UTC", async () => {
      const newYear = await startApi({ ...testConfig(db.config, getPath(m.example, m.applicantPath) as string, otherApplicantId('B0NUMB')), fixedNow: '2025-12-31T17:00:00.000Z' });
      try {
        const res = await newYear.call('POST', `${base}/applications`, { body: m.example });
        expect(res.body.number).toMatch(new RegExp(`^${prefix}-2026-000001$`));
      } finally {
        await newYear.close();
      }
    });
  });
}
