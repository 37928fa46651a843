/* eslint-disable @typescript-eslint/no-explicit-any -- response bodies are arbitrary JSON */
import { randomUUID } from 'node:crypto';
import { ApplicationEntity, AuditEventEntity, BudgetLedgerEntity, dataSourceOptions, LedgerEntryEntity, verifyAuditLog } from '@pioneer/api-core';
import { DataSource, type QueryDeepPartialEntity } from 'typeorm';
import { databaseEnv, NOW, type TestDatabase, TODAY } from './api-harness';
import { clone, otherApplicantId, pickBudgetedMeasure, setPath } from './measure-fixture';
import { startTwoApiProcesses } from './spawn-api';

const APPROVALS = 200;
/** How many of the approvals the budget left over can hold: it runs out half-way. */
const ROOM_FOR = 100;

/**
 * 200 approvals at once through two API processes on one database, with the year's budget
 * running out half-way (it was mostly committed before the run). The committed total never
 * passes the budget, the ledger's entries sum to exactly what was approved, and every refusal
 * says why in both languages.
 */
export function describeBudgetRace(label: string, createDatabase: () => Promise<TestDatabase>): void {
  describe(`${APPROVALS} concurrent approvals from two API processes on ${label}`, () => {
    const m = pickBudgetedMeasure(TODAY);
    const budget = m.policy.budgetOf(m.code)!;
    const year = Number(TODAY.slice(0, 4));
    const each = m.expected.award!.amount!;
    const before = budget.annualAmount - ROOM_FOR * each - Math.floor(each / 2);
    let db: TestDatabase;
    let source: DataSource;
    let bases: string[];
    let stop: () => Promise<void>;
    const ids: string[] = [];

    beforeAll(async () => {
      db = await createDatabase();
      const env = { ...databaseEnv(db.config), PORT: '0', HOST: '127.0.0.1', PIONEER_NOW: NOW, PIONEER_RATE_LIMIT: '100000', PIONEER_TOKENS: JSON.stringify({ 'race-approver-token': { role: 'approver', subject: 'april' } }) };
      ({ bases, stop } = await startTwoApiProcesses(env, async () => {
        source = new DataSource(dataSourceOptions(db.config));
        await source.initialize();
        await seed(source);
      }));
    }, 180_000);

    afterAll(async () => {
      await stop?.();
      await source?.destroy();
      await db?.drop();
    });

    /** Applications ready for approval (scored), each of its own applicant and project, and a ledger mostly committed. */
    async function seed(dataSource: DataSource): Promise<void> {
      const rows = Array.from({ length: APPROVALS }, (_, i) => {
        const applicantId = otherApplicantId(`R${String(i).padStart(4, '0')}`);
        let data = setPath(clone(m.example), m.applicantPath, applicantId);
        if (m.policy.info.subjects.projectRef) data = setPath(data, m.policy.info.subjects.projectRef, `RACE-${i}`);
        const decision = m.policy.evaluate(m.code, data, { asOf: TODAY });
        const id = randomUUID();
        ids.push(id);
        return { id, policy: m.policy.info.code, measure: m.code, status: 'scored', version: decision.version, applicantId, district: null, data, decision, amount: decision.award!.amount, idempotencyKey: null, revision: 3, submittedAt: NOW, createdAt: NOW, updatedAt: NOW, approvedAmount: null, paidAmount: 0, budgetCode: null, budgetYear: null, statusReason: null };
      });
      for (let i = 0; i < rows.length; i += 50) await dataSource.getRepository(ApplicationEntity).insert(rows.slice(i, i + 50) as QueryDeepPartialEntity<ApplicationEntity>[]);
      await dataSource.getRepository(BudgetLedgerEntity).insert({ id: randomUUID(), policy: m.policy.info.code, budget: budget.code, year, amount: budget.annualAmount, committed: before, paid: 0, updatedAt: NOW });
    }

    it('never commits past the budget; the ledger sums to what was approved; every refusal says why', async () => {
      const answers = await Promise.all(
        ids.map(async (id, i) => {
          const res = await fetch(`${bases[i % 2]}/api/applications/${id}/approve`, { method: 'POST', headers: { authorization: 'Bearer race-approver-token', 'content-type': 'application/json' }, body: '{}' });
          return { status: res.status, body: (await res.json()) as any };
        }),
      );
      expect(answers.filter((a) => a.status !== 200 && a.status !== 409).map((a) => [a.status, a.body?.error])).toEqual([]);
      const approved = answers.filter((a) => a.status === 200);
      const refused = answers.filter((a) => a.status === 409);
      expect(approved.length).toBe(ROOM_FOR);
      for (const r of refused) {
        expect(r.body.error).toBe('budget-exhausted');
        expect(r.body.message['zh-CN']).toContain(budget.label['zh-CN']);
        expect(r.body.message.en).toMatch(/left in \d{4}/);
      }
      const ledger = await source.getRepository(BudgetLedgerEntity).findOneByOrFail({ policy: m.policy.info.code, budget: budget.code, year });
      const sum = approved.reduce((total, a) => total + a.body.approvedAmount, 0);
      expect(ledger.committed).toBe(before + sum);
      expect(ledger.committed).toBeLessThanOrEqual(ledger.amount);
      const entries = await source.getRepository(LedgerEntryEntity).findBy({ ledgerId: ledger.id, kind: 'reserve' });
      expect(entries.reduce((total, e) => total + e.amount, 0)).toBe(sum);
      const stored = await source.getRepository(ApplicationEntity).countBy({ status: 'approved' });
      expect(stored).toBe(ROOM_FOR);
      // Each approval's event was linked in its own statement (PostgreSQL) or its group (SQLite),
      // with refusals rolled back around them: one event per approval, and the chain still holds.
      expect(await source.getRepository(AuditEventEntity).countBy({ action: 'application.approve' })).toBe(ROOM_FOR);
      expect(await verifyAuditLog(source.manager)).toEqual({ ok: true, events: ROOM_FOR });
    });
  });
}
