/* eslint-disable @typescript-eslint/no-explicit-any -- response bodies are arbitrary JSON */
import { randomUUID } from 'node:crypto';
import { ApplicationEntity, AuditEventEntity, BudgetLedgerEntity, LedgerEntryEntity } from '@pioneer/api-core';
import { DataSource } from 'typeorm';
import { type Harness, NOW, startApi, type TestDatabase, testConfig, TODAY, TOKENS } from './api-harness';
import { clone, getPath, type MeasureFixture, otherApplicantId, pickBudgetedMeasure, setPath } from './measure-fixture';
import { openApiValidator } from './openapi-validator';

/**
 * `POST /api/approvals` over HTTP on a real database: a committee's list approved in its order,
 * each id exactly as the single route approves it (its own audit event, its own reservation),
 * the budget running out part-way, refusals carrying the single route's error, and bad lists
 * refused whole.
 */
export function describeBulkApprovalContract(label: string, createDatabase: () => Promise<TestDatabase>): void {
  describe(`approving a committee's list at once on ${label}`, () => {
    let db: TestDatabase;
    let api: Harness;
    let m: MeasureFixture;
    let source: DataSource;
    let each: number;
    let made = 0;
    const openapi = openApiValidator();
    const year = Number(TODAY.slice(0, 4));

    const act = (id: string, action: string, token: string, body: unknown = {}) => api.call('POST', `/api/applications/${id}/${action}`, { token, body });
    const ok = async (id: string, action: string, token: string, body: unknown = {}) => {
      const res = await act(id, action, token, body);
      expect([action, res.status, res.body?.error]).toEqual([action, 200, undefined]);
      return res.body;
    };
    const bulk = (body: unknown, token: string | null = TOKENS.approver) => api.call('POST', '/api/approvals', { token, body });
    /** A submitted application of an organisation of its own (no per-applicant cap or exclusivity between them). */
    const submitted = async () => {
      made += 1;
      let form = setPath(clone(m.example), m.applicantPath, otherApplicantId(`C0BULK${made}`));
      if (m.policy.info.subjects.projectRef) form = setPath(form, m.policy.info.subjects.projectRef, `BULK-${made}`);
      const draft = await api.call('POST', `/api/measures/${m.code}/applications`, { body: form });
      expect(draft.status).toBe(201);
      return (await api.call('POST', `/api/measures/${m.code}/applications/${draft.body.id}/submit`, {})).body;
    };
    /** Applications through review to `scored`, as a committee hands them to the approver. */
    const scored = async (count: number): Promise<string[]> => {
      const ids: string[] = [];
      for (let i = 0; i < count; i++) {
        const app = await submitted();
        await ok(app.id, 'reviewers', TOKENS.admin, { reviewers: ['rita'] });
        await ok(app.id, 'conflict-declaration', TOKENS.reviewer, { conflict: false });
        expect((await ok(app.id, 'recommendation', TOKENS.reviewer)).status).toBe('scored');
        ids.push(app.id);
      }
      return ids;
    };
    const budget = () => m.policy.budgetOf(m.code)!;
    const ledger = () => source.getRepository(BudgetLedgerEntity).findOneBy({ policy: m.policy.info.code, budget: budget().code, year });
    /** Leaves exactly `room` fen uncommitted in this year's budget, as if earlier approvals had taken the rest. */
    const leaveRoom = async (room: number) => {
      const found = await ledger();
      const committed = budget().annualAmount - room;
      if (found) await source.getRepository(BudgetLedgerEntity).update({ id: found.id }, { committed });
      else await source.getRepository(BudgetLedgerEntity).insert({ id: randomUUID(), policy: m.policy.info.code, budget: budget().code, year, amount: budget().annualAmount, committed, paid: 0, updatedAt: NOW });
    };
    const approveEvents = (id: string) => source.getRepository(AuditEventEntity).countBy({ entityId: id, action: 'application.approve' });
    const statusOf = async (id: string) => (await source.getRepository(ApplicationEntity).findOneByOrFail({ id })).status;
    const snapshot = async () =>
      JSON.stringify([await source.getRepository(ApplicationEntity).find({ order: { id: 'ASC' } }), await source.getRepository(AuditEventEntity).count(), await source.getRepository(LedgerEntryEntity).count()]);

    beforeAll(async () => {
      m = pickBudgetedMeasure(TODAY);
      each = m.expected.award!.amount!;
      db = await createDatabase();
      api = await startApi(testConfig(db.config, getPath(m.example, m.applicantPath) as string, otherApplicantId('B0BULK')));
      source = api.app.get(DataSource);
    });

    afterAll(async () => {
      await api?.close();
      await db?.drop();
    });

    it('approves a list of scored applications, each with its own audit event, the ledger growing by their sum', async () => {
      const ids = await scored(3);
      const before = (await ledger())?.committed ?? 0;
      const res = await bulk({ ids, comment: '评审委员会第 3 次会议通过' });
      expect(res.status).toBe(200);
      expect(openapi.problems('BulkApprovalResponse', res.body)).toEqual([]);
      expect(res.body.results.map((r: any) => [r.id, r.outcome, r.approvedAmount])).toEqual(ids.map((id) => [id, 'approved', each]));
      expect(res.body.results.every((r: any) => /\d/.test(r.number))).toBe(true);
      expect([res.body.approved, res.body.refused]).toEqual([3, 0]);
      for (const id of ids) {
        expect([await statusOf(id), await approveEvents(id)]).toEqual(['approved', 1]);
        const trail = (await api.call('GET', `/api/applications/${id}/audit`, { token: TOKENS.approver })).body;
        expect(trail.find((e: any) => e.action === 'application.approve').details.comment).toBe('评审委员会第 3 次会议通过');
      }
      const after = await ledger();
      expect(after!.committed - before).toBe(3 * each);
      const reserved = await source.getRepository(LedgerEntryEntity).findBy({ ledgerId: after!.id, kind: 'reserve' });
      expect(reserved.filter((e) => ids.includes(e.applicationId)).reduce((sum, e) => sum + e.amount, 0)).toBe(3 * each);
    });

    it('follows the order given when the budget runs out: the first approved, the later cut or refused with the reason', async () => {
      const created = await scored(4);
      // The committee's priority is not the order they were made in.
      const ids = [created[2], created[0], created[3], created[1]];
      await leaveRoom(2 * each + Math.floor(each / 2));
      const res = await bulk({ ids });
      expect(res.status).toBe(200);
      expect(openapi.problems('BulkApprovalResponse', res.body)).toEqual([]);
      const [first, second, third, fourth] = res.body.results;
      expect([first, second].map((r: any) => [r.id, r.outcome, r.approvedAmount])).toEqual([
        [ids[0], 'approved', each],
        [ids[1], 'approved', each],
      ]);
      if (budget().whenExhausted === 'cut') {
        expect([third.outcome, third.approvedAmount]).toEqual(['approved', Math.floor(each / 2)]);
        expect(third.cut['zh-CN']).toContain(budget().label['zh-CN']);
        expect(third.cut.en).toMatch(/cut to what is left/);
      } else {
        expect([third.id, third.outcome, third.error.statusCode, third.error.error]).toEqual([ids[2], 'refused', 409, 'budget-exhausted']);
      }
      expect([fourth.id, fourth.outcome, fourth.error.error]).toEqual([ids[3], 'refused', 'budget-exhausted']);
      for (const refused of res.body.results.filter((r: any) => r.outcome === 'refused')) {
        expect(refused.error.message['zh-CN']).toContain(budget().label['zh-CN']);
        expect(refused.error.message.en).toMatch(/left in \d{4}/);
        expect([await statusOf(refused.id), await approveEvents(refused.id)]).toEqual(['scored', 0]);
      }
      const after = await ledger();
      expect(after!.committed).toBeLessThanOrEqual(after!.amount);
      expect(after!.committed).toBe(budget().annualAmount - 2 * each - Math.floor(each / 2) + res.body.results.reduce((sum: number, r: any) => sum + (r.approvedAmount ?? 0), 0));
      await leaveRoom(budget().annualAmount);
    });

    it('approves the others when one id is in the wrong status and one is unknown, refusing those two with the single route’s errors', async () => {
      await leaveRoom(budget().annualAmount);
      const [a, d] = await scored(2);
      const waiting = (await submitted()).id;
      const unknown = randomUUID();
      const res = await bulk({ ids: [a, waiting, unknown, d] });
      expect(res.status).toBe(200);
      expect(res.body.results.map((r: any) => [r.id, r.outcome])).toEqual([
        [a, 'approved'],
        [waiting, 'refused'],
        [unknown, 'refused'],
        [d, 'approved'],
      ]);
      expect([res.body.approved, res.body.refused]).toEqual([2, 2]);
      // Word for word what the single route answers for each of them.
      for (const r of res.body.results.filter((x: any) => x.outcome === 'refused')) {
        const single = await act(r.id, 'approve', TOKENS.approver);
        expect(r.error).toEqual(single.body);
        expect(r.error.statusCode).toBe(single.status);
      }
      expect(res.body.results[1].error.statusCode).toBe(409);
      expect([res.body.results[2].error.statusCode, res.body.results[2].error.error]).toEqual([404, 'not-found']);
      expect(await statusOf(waiting)).toBe('submitted');
    });

    it('admits only those who may approve one: applicants, reviewers, admins and districts get 403', async () => {
      const [id] = await scored(1);
      for (const token of [TOKENS.applicantA, TOKENS.reviewer, TOKENS.admin, TOKENS.district]) {
        const res = await bulk({ ids: [id] }, token);
        expect([res.status, res.body.error]).toEqual([403, 'forbidden']);
      }
      expect((await bulk({ ids: [id] }, null)).status).toBe(401);
      expect(await statusOf(id)).toBe('scored');
    });

    it('refuses a bad list whole with a 400 naming the field, approving nothing', async () => {
      const [id] = await scored(1);
      const before = await snapshot();
      const cases: Array<[unknown, string]> = [
        [{ ids: [id, ...Array.from({ length: 100 }, () => randomUUID())] }, '/ids'],
        [{ ids: [] }, '/ids'],
        [{ ids: id }, '/ids'],
        [{}, '/ids'],
        [{ ids: [id, id.toUpperCase()] }, '/ids/1'],
        [{ ids: [id, 'SZAI-2025-000001'] }, '/ids/1'],
        [{ ids: [id, 7] }, '/ids/1'],
        [{ ids: [id], comment: 'x' }, '/comment'],
        [{ ids: [id], comment: 'a\u0000b' }, '/comment'],
        [{ ids: [id], approvedAmount: 1 }, '/approvedAmount'],
        [{ ids: [id], status: 'approved' }, '/status'],
        [[id], ''],
      ];
      for (const [body, pointer] of cases) {
        const res = await bulk(body);
        expect([pointer, res.status, res.body.issues?.map((i: any) => i.pointer)]).toEqual([pointer, 400, [pointer]]);
        expect(res.body.message['zh-CN'].length).toBeGreaterThan(0);
        expect(res.body.issues[0].message.en.length).toBeGreaterThan(0);
      }
      const tooMany = await bulk({ ids: Array.from({ length: 101 }, () => randomUUID()) });
      expect(tooMany.body.issues[0].message.en).toContain('101 were sent');
      expect(await snapshot()).toEqual(before);
      expect(await statusOf(id)).toBe('scored');
    });
  });
}
