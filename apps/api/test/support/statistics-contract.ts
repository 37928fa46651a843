/* eslint-disable @typescript-eslint/no-explicit-any -- response bodies are arbitrary JSON */
import { type Harness, startApi, type TestDatabase, testConfig, TODAY, TOKENS } from './api-harness';
import { clone, getPath, type MeasureFixture, otherApplicantId, pickBudgetedMeasure, setPath } from './measure-fixture';
import { openApiValidator } from './openapi-validator';

/**
 * `GET /api/statistics` over HTTP on a real database: counts and money by status, measure and
 * district for a year, scoped like every read (a district officer or district API key counts its
 * district only; staff all, or one district with ?district=).
 */
export function describeStatisticsContract(label: string, createDatabase: () => Promise<TestDatabase>): void {
  describe(`dashboard statistics over HTTP on ${label}`, () => {
    let db: TestDatabase;
    let api: Harness;
    let m: MeasureFixture;
    let district: string;
    let otherDistrict: string;
    let applicantA: string;
    const applicantB = otherApplicantId('B0STAT');
    const openapi = openApiValidator();
    const year = Number(TODAY.slice(0, 4));
    const stats = async (token: string, query = `?year=${year}`) => api.call('GET', `/api/statistics${query}`, { token });
    const ok = async (id: string, action: string, token: string, body: unknown = {}) => {
      const res = await api.call('POST', `/api/applications/${id}/${action}`, { token, body });
      expect([action, res.status, res.body?.error]).toEqual([action, 200, undefined]);
      return res.body;
    };
    const submitted = async (project: string, applicant: string, token: string, inDistrict: string) => {
      let form = setPath(clone(m.example), m.applicantPath, applicant);
      form = setPath(form, m.policy.info.subjects.district!, inDistrict);
      if (m.policy.info.subjects.projectRef) form = setPath(form, m.policy.info.subjects.projectRef, project);
      const draft = await api.call('POST', `/api/measures/${m.code}/applications`, { token, body: form });
      expect(draft.status).toBe(201);
      const done = await api.call('POST', `/api/measures/${m.code}/applications/${draft.body.id}/submit`, { token });
      expect(done.status).toBe(200);
      return done.body;
    };
    const group = (groups: any[], key: string | null) => groups.find((g) => g.key === key) ?? { count: 0, committed: 0, paid: 0 };

    beforeAll(async () => {
      m = pickBudgetedMeasure(TODAY);
      applicantA = getPath(m.example, m.applicantPath) as string;
      district = getPath(m.example, m.policy.info.subjects.district!) as string;
      const field = m.policy.measure(m.code).fields.get(m.policy.info.subjects.district!);
      otherDistrict = (field?.enum as string[] | undefined)?.find((d) => d !== district) ?? `${district}-other`;
      db = await createDatabase();
      api = await startApi(testConfig(db.config, applicantA, applicantB, {}, district));
    });

    afterAll(async () => {
      await api?.close();
      await db?.drop();
    });

    it('counts an approval by status, measure and district, with the committed amount in the budget and the groups', async () => {
      const before = (await stats(TOKENS.approver)).body;
      const app = await submitted('STAT-1', applicantA, TOKENS.applicantA, district);
      await ok(app.id, 'reviewers', TOKENS.admin, { reviewers: ['rita'] });
      await ok(app.id, 'conflict-declaration', TOKENS.reviewer, { conflict: false });
      await ok(app.id, 'recommendation', TOKENS.reviewer);
      const approved = await ok(app.id, 'approve', TOKENS.approver, { comment: '同意' });
      const res = await stats(TOKENS.approver);
      expect(res.status).toBe(200);
      expect(openapi.problems('YearStatistics', res.body)).toEqual([]);
      const after = res.body;
      expect(after.year).toBe(year);
      expect(group(after.byStatus, 'approved').count - group(before.byStatus, 'approved').count).toBe(1);
      expect(group(after.byMeasure, m.code).committed - group(before.byMeasure, m.code).committed).toBe(approved.approvedAmount);
      expect(group(after.byDistrict, district).committed - group(before.byDistrict, district).committed).toBe(approved.approvedAmount);
      expect(after.totals.committed - before.totals.committed).toBe(approved.approvedAmount);
      const budget = (list: any[]) => list.find((b) => b.budget === m.policy.budgetOf(m.code)!.code);
      expect(budget(after.budgets).committed - budget(before.budgets).committed).toBe(approved.approvedAmount);
    });

    it('shows a district officer its district only, and no city-wide budgets', async () => {
      await submitted('STAT-2', applicantB, TOKENS.applicantB, otherDistrict);
      const staff = (await stats(TOKENS.admin)).body;
      expect(group(staff.byDistrict, otherDistrict).count).toBeGreaterThanOrEqual(1);
      const res = await stats(TOKENS.district);
      expect(res.status).toBe(200);
      expect(res.body.byDistrict.map((g: any) => g.key)).toEqual([district]);
      expect(res.body.district?.code).toBe(district);
      expect(res.body.totals.count).toBe(group(staff.byDistrict, district).count);
      expect(res.body.budgets).toEqual([]);
    });

    it("limits a district API key to its own district: the same figures as an admin's ?district=, another district refused by name", async () => {
      const issued = await api.call('POST', '/api/api-keys', { token: TOKENS.admin, body: { name: '区门户（统计）', district } });
      expect(issued.status).toBe(201);
      const key: string = issued.body.key;
      const own = await stats(key);
      expect(own.status).toBe(200);
      expect(openapi.problems('YearStatistics', own.body)).toEqual([]);
      const filtered = (await stats(TOKENS.admin, `?year=${year}&district=${district}`)).body;
      expect(own.body.district).toEqual({ code: district, label: { 'zh-CN': expect.any(String), en: expect.any(String) } });
      expect(filtered.district).toEqual(own.body.district);
      expect(own.body.byDistrict.map((g: any) => g.key)).toEqual([district]);
      expect(own.body.totals.count).toBeGreaterThanOrEqual(1);
      // Admins also count drafts; a district key sees an application from its submission on.
      expect(own.body.totals.count).toBe(filtered.byStatus.filter((g: any) => g.key !== 'draft').reduce((n: number, g: any) => n + g.count, 0));
      expect(own.body.byMeasure.map((g: any) => [g.key, g.label.en])).toEqual([[m.code, m.policy.measure(m.code).info.name.en]]);
      expect(own.body.budgets).toEqual([]);
      expect((await stats(key, `?year=${year}&district=${district}`)).status).toBe(200);
      const other = await stats(key, `?year=${year}&district=${otherDistrict}`);
      expect([other.status, other.body.issues?.map((i: any) => i.pointer)]).toEqual([403, ['/district']]);
      const officer = await stats(TOKENS.district, `?district=${otherDistrict}`);
      expect([officer.status, officer.body.issues?.map((i: any) => i.pointer)]).toEqual([403, ['/district']]);
    });

    it("gives an admin every district, or one with ?district=, and names an unknown district (400); the old district route is gone", async () => {
      const all = (await stats(TOKENS.admin)).body;
      expect(all.district).toBeNull();
      const keys = all.byDistrict.map((g: any) => g.key);
      expect(keys).toEqual(expect.arrayContaining([district, otherDistrict]));
      const one = await stats(TOKENS.admin, `?year=${year}&district=${otherDistrict}`);
      expect(one.status).toBe(200);
      expect(one.body.byDistrict.map((g: any) => g.key)).toEqual([otherDistrict]);
      expect(one.body.totals).toEqual({ count: group(all.byDistrict, otherDistrict).count, committed: group(all.byDistrict, otherDistrict).committed, paid: group(all.byDistrict, otherDistrict).paid });
      expect(one.body.byDistrict[0].label['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      const unknown = await stats(TOKENS.admin, `?year=${year}&district=atlantis`);
      expect([unknown.status, unknown.body.issues?.map((i: any) => i.pointer)]).toEqual([400, ['/district']]);
      expect(unknown.body.message.en).toMatch(/district/);
      expect((await api.call('GET', `/api/district/statistics?district=${district}`, { token: TOKENS.admin })).status).toBe(404);
    });

    it('counts nothing in another year', async () => {
      const res = await stats(TOKENS.admin, `?year=${year - 1}`);
      expect(res.body).toMatchObject({ year: year - 1, byStatus: [], byMeasure: [], byDistrict: [], totals: { count: 0, committed: 0, paid: 0 } });
    });

    it('refuses applicants (403) and names a malformed year (400)', async () => {
      expect((await stats(TOKENS.applicantA)).status).toBe(403);
      const bad = await stats(TOKENS.admin, '?year=20x5');
      expect(bad.status).toBe(400);
      expect(bad.body.message.en).toMatch(/year/);
    });
  });
}
