/* eslint-disable @typescript-eslint/no-explicit-any -- response bodies are arbitrary JSON */
import { randomUUID } from 'node:crypto';
import { PolicyRegistry } from '@pioneer/api-applications';
import { budgetAmount } from '@pioneer/engine';
import { AuditEventEntity, BudgetLedgerEntity, dataSourceOptions, verifyAuditLog } from '@pioneer/api-core';
import { DataSource } from 'typeorm';
import { databaseEnv, NOW, type TestDatabase, TODAY } from './api-harness';
import { startApiProcess, startTwoApiProcesses, stopApiProcess } from './spawn-api';

const YEAR = Number(TODAY.slice(0, 4));
const TEN_THOUSAND_YUAN = 1_000_000;

/**
 * A budget's amount changed in the policy file after its year's ledger was opened (a mid-year
 * top-up, a cut): every API process, at start, moves the ledgers of this year and later to the
 * file's amount, never under what is committed, with one audit event per ledger however many
 * processes start at once; past years keep theirs. Before, the ledger kept the amount it was
 * opened with, so the file's change never reached approvals.
 */
export function describeBudgetAmountSync(label: string, createDatabase: () => Promise<TestDatabase>): void {
  describe(`budget ledgers follow the policy file's amounts on ${label}`, () => {
    const policy = PolicyRegistry.shared().all().find((p) => p.info.budgets.length >= 2)!;
    const [raised, cut] = policy.info.budgets;
    // A budget whose policy names this year's own amount (the example district's half first year).
    const ownYear = PolicyRegistry.shared()
      .all()
      .flatMap((p) => p.info.budgets.map((budget) => ({ policy: p.info.code, budget })))
      .find(({ budget }) => budget.yearAmounts?.[String(YEAR)] !== undefined)!;
    /** The ledgers as an older policy file left them: one under the file's amount, one over it and committed past it, one of last year. */
    const older = {
      raised: { amount: raised.annualAmount - 100 * TEN_THOUSAND_YUAN, committed: 30 * TEN_THOUSAND_YUAN },
      cut: { amount: cut.annualAmount + 500 * TEN_THOUSAND_YUAN, committed: cut.annualAmount + 200 * TEN_THOUSAND_YUAN },
      lastYear: { amount: raised.annualAmount - 900 * TEN_THOUSAND_YUAN, committed: 0 },
    };
    let db: TestDatabase;
    let source: DataSource;
    let env: NodeJS.ProcessEnv;
    let bases: string[];
    let stop: () => Promise<void>;
    const ids = { raised: randomUUID(), cut: randomUUID(), lastYear: randomUUID(), ownYear: randomUUID() };

    const ledger = (id: string) => source.getRepository(BudgetLedgerEntity).findOneByOrFail({ id });
    const changeEvents = () => source.getRepository(AuditEventEntity).find({ where: { action: 'budget.amount-change' }, order: { seq: 'ASC' } });
    /** Puts the ledgers back as the older file left them (the amounts only: what is committed stays). */
    const asOlderFileLeftThem = async () => {
      for (const key of ['raised', 'cut', 'lastYear'] as const) await source.getRepository(BudgetLedgerEntity).update({ id: ids[key] }, { amount: older[key].amount });
      await source.getRepository(BudgetLedgerEntity).update({ id: ids.ownYear }, { amount: ownYear.budget.annualAmount });
    };

    beforeAll(async () => {
      db = await createDatabase();
      env = { ...databaseEnv(db.config), PORT: '0', HOST: '127.0.0.1', PIONEER_NOW: NOW, PIONEER_RATE_LIMIT: '100000', PIONEER_TOKENS: JSON.stringify({ 'sync-admin-token': 'admin' }) };
      // The first process migrates the database before the ledgers are seeded; the second starts on them.
      ({ bases, stop } = await startTwoApiProcesses(env, async () => {
        source = new DataSource(dataSourceOptions(db.config));
        await source.initialize();
        const row = (id: string, budget: string, year: number, o: { amount: number; committed: number }) => ({ id, policy: policy.info.code, budget, year, amount: o.amount, committed: o.committed, paid: 0, updatedAt: NOW });
        await source.getRepository(BudgetLedgerEntity).insert([
          row(ids.raised, raised.code, YEAR, older.raised),
          row(ids.cut, cut.code, YEAR, older.cut),
          row(ids.lastYear, raised.code, YEAR - 1, older.lastYear),
          // Opened at the annual amount, before the policy named this year's own.
          { ...row(ids.ownYear, ownYear.budget.code, YEAR, { amount: ownYear.budget.annualAmount, committed: 0 }), policy: ownYear.policy },
        ]);
      }));
    }, 180_000);

    afterAll(async () => {
      await stop?.();
      await source?.destroy();
      await db?.drop();
    });

    it("moves this year's ledgers to the file's amount, never under what is committed; last year's stays", async () => {
      expect((await ledger(ids.raised)).amount).toBe(raised.annualAmount);
      // Cut in the file below what is already committed: approvals made stay made, and nothing is left.
      expect((await ledger(ids.cut)).amount).toBe(older.cut.committed);
      expect((await ledger(ids.lastYear)).amount).toBe(older.lastYear.amount);

      // The dashboard's figures (the budgets route) show the new amounts and what is left.
      const res = await fetch(`${bases[0]}/api/budgets?year=${YEAR}`, { headers: { authorization: 'Bearer sync-admin-token' } });
      const rows = (await res.json()) as any[];
      const shown = (code: string) => rows.find((r) => r.policy === policy.info.code && r.budget === code);
      expect(shown(raised.code)).toMatchObject({ amount: raised.annualAmount, remaining: raised.annualAmount - older.raised.committed });
      expect(shown(cut.code)).toMatchObject({ amount: older.cut.committed, remaining: 0 });
    });

    it("takes a year's own amount where the policy names one (yearAmounts), the annual amount in the years it does not", async () => {
      expect(ownYear.budget.yearAmounts![String(YEAR)]).not.toBe(ownYear.budget.annualAmount);
      expect((await ledger(ids.ownYear)).amount).toBe(budgetAmount(ownYear.budget, YEAR));
      const year = async (y: number) => ((await (await fetch(`${bases[0]}/api/budgets?year=${y}`, { headers: { authorization: 'Bearer sync-admin-token' } })).json()) as any[]).find((r) => r.budget === ownYear.budget.code);
      expect((await year(YEAR)).amount).toBe(ownYear.budget.yearAmounts![String(YEAR)]);
      // A year with no ledger yet and no own amount: the annual amount, as its first approval will open it.
      expect((await year(YEAR + 1)).amount).toBe(ownYear.budget.annualAmount);
    });

    it('audits each move once, by the policy file, with before and after; the chain verifies', async () => {
      const events = await changeEvents();
      expect(events.map((e) => [e.entityType, e.entityId, e.actor]).sort()).toEqual(
        [
          ['budget-ledger', ids.raised, 'system:policy-file'],
          ['budget-ledger', ids.cut, 'system:policy-file'],
          ['budget-ledger', ids.ownYear, 'system:policy-file'],
        ].sort(),
      );
      const of = (id: string) => events.find((e) => e.entityId === id)!.details;
      expect(of(ids.raised)).toMatchObject({ budget: raised.code, year: YEAR, before: older.raised.amount, after: raised.annualAmount, fileAmount: raised.annualAmount });
      expect(of(ids.cut)).toMatchObject({ budget: cut.code, before: older.cut.amount, after: older.cut.committed, fileAmount: cut.annualAmount, committed: older.cut.committed });
      await expect(verifyAuditLog(source.manager)).resolves.toMatchObject({ ok: true });
    });

    it('moves each ledger once when two processes start at the same time', async () => {
      await stop();
      await asOlderFileLeftThem();
      const before = (await changeEvents()).length;
      const both = [startApiProcess(env), startApiProcess(env)];
      stop = () => Promise.all(both.map((s) => stopApiProcess(s.child))).then(() => undefined);
      await Promise.all(both.map((s) => s.ready));
      expect((await ledger(ids.raised)).amount).toBe(raised.annualAmount);
      expect((await ledger(ids.cut)).amount).toBe(older.cut.committed);
      expect((await changeEvents()).length - before).toBe(3);
      await expect(verifyAuditLog(source.manager)).resolves.toMatchObject({ ok: true });
    }, 180_000);
  });
}
