/* eslint-disable @typescript-eslint/no-explicit-any -- response bodies are arbitrary JSON */
import { randomUUID } from 'node:crypto';
import { ApplicationEntity } from '@pioneer/api-core';
import { DataSource, type QueryDeepPartialEntity } from 'typeorm';
import { type Harness, NOW, startApi, type TestDatabase, testConfig, TODAY, TOKENS } from './api-harness';
import { clone, otherApplicantId, pickMeasure, setPath } from './measure-fixture';

const OWN = 'district-one';
const OTHER = 'district-two';

/**
 * Clause 十 co-funding over HTTP on a real database: a district officer (API key) records its
 * share of an approved award in its own district, the ledger shows the city's and the
 * district's shares; bad input, a share above the award, another district's application, an
 * application not yet approved and roles that may not record are refused, changing nothing.
 */
export function describeCofunding(label: string, createDatabase: () => Promise<TestDatabase>): void {
  describe(`clause 十 co-funding on ${label}`, () => {
    const m = pickMeasure(TODAY);
    const award = m.expected.award!.amount!;
    let db: TestDatabase;
    let api: Harness;
    const ids = { own: randomUUID(), other: randomUUID(), submitted: randomUUID() };

    beforeAll(async () => {
      db = await createDatabase();
      api = await startApi(testConfig(db.config, otherApplicantId('COFUNDA'), otherApplicantId('COFUNDB'), {}, OWN));
      const row = (id: string, district: string, status: string, i: number) => {
        const applicantId = otherApplicantId(`CF${i}`);
        return { id, policy: m.policy.info.code, measure: m.code, status, version: m.expected.version, applicantId, district, data: setPath(clone(m.example), m.applicantPath, applicantId), decision: m.expected, amount: award, idempotencyKey: null, revision: 3, submittedAt: NOW, createdAt: NOW, updatedAt: NOW, approvedAmount: status === 'submitted' ? null : award, paidAmount: 0, budgetCode: null, budgetYear: status === 'submitted' ? null : 2025, statusReason: null };
      };
      await api.app.get(DataSource).getRepository(ApplicationEntity).insert([row(ids.own, OWN, 'approved', 1), row(ids.other, OTHER, 'approved', 2), row(ids.submitted, OWN, 'submitted', 3)] as QueryDeepPartialEntity<ApplicationEntity>[]);
    }, 120_000);

    afterAll(async () => {
      await api?.close();
      await db?.drop();
    });

    const record = (id: string, body: unknown, token = TOKENS.district) => api.call('POST', `/api/applications/${id}/cofunding`, { token, body });
    const ledger = async (token = TOKENS.district, query = '') => (await api.call('GET', `/api/cofunding/ledger${query}`, { token })).body;

    it('records the district share of an approved award; the ledger shows city and district shares to the fen', async () => {
      const share = Math.floor(award * 0.3);
      const res = await record(ids.own, { amount: share, note: '区级配套 30%' });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ applicationId: ids.own, district: OWN, award, districtShare: share, cityShare: award - share, recordedBy: 'district-key' });
      const book = await ledger();
      expect(book.district).toBe(OWN);
      expect(book.rows.map((r: any) => r.applicationId)).toEqual([ids.own]);
      expect(book.totals).toEqual({ award, district: share, city: award - share });
      expect(Number.isInteger(book.totals.city)).toBe(true);
    });

    it('replaces a recorded share instead of adding a second one', async () => {
      expect((await record(ids.own, { amount: 100 })).status).toBe(201);
      const book = await ledger(TOKENS.admin, `?district=${OWN}&year=2025`);
      expect(book.rows).toHaveLength(1);
      expect(book.totals).toEqual({ award, district: 100, city: award - 100 });
    });

    it('refuses a share above the award, a fraction of a fen, a string and a server-owned field, naming each field, changing nothing', async () => {
      const above = await record(ids.own, { amount: award + 1 });
      expect(above.status).toBe(400);
      expect(above.body.issues.map((i: any) => i.pointer)).toEqual(['/amount']);
      expect(above.body.message['zh-CN']).toContain('不得超过批准金额');
      const bad = await record(ids.own, { amount: 10.5, cityShare: 0, note: 7 });
      expect(bad.status).toBe(400);
      expect(bad.body.issues.map((i: any) => i.pointer).sort()).toEqual(['/amount', '/cityShare', '/note']);
      for (const issue of bad.body.issues) expect(issue.message).toEqual({ 'zh-CN': expect.any(String), en: expect.any(String) });
      expect((await record(ids.own, { amount: '100' })).status).toBe(400);
      expect((await ledger()).totals.district).toBe(100);
    });

    it("keeps a district to its own: another district's application is not found, and not in its ledger", async () => {
      expect((await record(ids.other, { amount: 1 })).status).toBe(404);
      expect((await ledger()).rows.map((r: any) => r.applicationId)).not.toContain(ids.other);
      expect((await ledger(TOKENS.district, `?district=${OTHER}`)).rows.map((r: any) => r.applicationId)).not.toContain(ids.other);
      const all = await ledger(TOKENS.admin);
      expect(all.rows.map((r: any) => r.applicationId).sort()).toEqual([ids.own, ids.other].sort());
    });

    it('refuses an application not yet approved, and roles that may not record', async () => {
      const early = await record(ids.submitted, { amount: 1 });
      expect(early.status).toBe(409);
      expect(early.body.error).toBe('not-approved');
      expect((await record(ids.own, { amount: 1 }, TOKENS.applicantA)).status).toBe(403);
      expect((await record(ids.own, { amount: 1 }, TOKENS.approver)).status).toBe(403);
      expect((await api.call('GET', '/api/cofunding/ledger', { token: TOKENS.applicantA })).status).toBe(403);
      expect((await api.call('GET', '/api/cofunding/ledger?year=20x5', { token: TOKENS.admin })).status).toBe(400);
      expect((await ledger()).totals.district).toBe(100);
    });
  });
}
