import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { BudgetLedgerEntity, changedRows, LedgerEntryEntity, type LedgerEntryKind, TableSql } from '@pioneer/api-core';
import { type EntityManager, MoreThanOrEqual, type QueryDeepPartialEntity } from 'typeorm';

const LEDGERS = new TableSql(BudgetLedgerEntity);
const ENTRIES = new TableSql(LedgerEntryEntity);

/** Adds $1 to a ledger's committed total if it fits ($2: now, $3: the ledger). */
const RESERVE = 'UPDATE budget_ledgers SET committed = committed + $1, updated_at = $2 WHERE id = $3 AND committed + $1 <= amount';
/** PostgreSQL: the reservation's entry, written only if the ledger row above was updated. */
const ENTRY_OF_RESERVED =
  "INSERT INTO ledger_entries (id, ledger_id, application_id, kind, amount, at, actor, reference) SELECT CAST($4 AS uuid), reserved.id, CAST($5 AS uuid), 'reserve', $1, $2, $6, $7 FROM reserved";

/**
 * The budget ledgers' queries. Totals only ever move by one conditional UPDATE each, which the
 * database re-checks under the row lock (READ COMMITTED on PostgreSQL, the serialised writer on
 * SQLite): a read-then-save would over-commit under concurrent approvals (TOOLCHAIN.md).
 */
@Injectable()
export class BudgetLedgerRepository {
  /** The year's ledger of a budget, opened (at the budget's amount) on first use: one read once it exists. */
  async open(
    manager: EntityManager,
    policy: string,
    budget: string,
    year: number,
    amount: number,
    now: string,
  ): Promise<BudgetLedgerEntity> {
    const existing = await this.find(manager, policy, budget, year);
    if (existing) return existing;
    // Two first approvals at once may both try to open it: the unique index keeps one, the other is ignored.
    await manager
      .createQueryBuilder()
      .insert()
      .into(BudgetLedgerEntity)
      .values({
        id: randomUUID(),
        policy,
        budget,
        year,
        amount,
        committed: 0,
        paid: 0,
        updatedAt: now,
      } as QueryDeepPartialEntity<BudgetLedgerEntity>)
      .orIgnore()
      .execute();
    return manager.findOneOrFail(BudgetLedgerEntity, { where: { policy, budget, year } });
  }

  find(manager: EntityManager, policy: string, budget: string, year: number): Promise<BudgetLedgerEntity | null> {
    return LEDGERS.selectOne(manager, 'WHERE policy = $1 AND budget = $2 AND year = $3', [policy, budget, year]);
  }

  byId(manager: EntityManager, id: string): Promise<BudgetLedgerEntity | null> {
    return LEDGERS.selectOne(manager, 'WHERE id = $1', [id]);
  }

  /** A budget's ledgers of `year` and later (there is one per year once approvals begin). */
  fromYear(manager: EntityManager, policy: string, budget: string, year: number): Promise<BudgetLedgerEntity[]> {
    return manager.find(BudgetLedgerEntity, { where: { policy, budget, year: MoreThanOrEqual(year) } });
  }

  ofYear(manager: EntityManager, year: number): Promise<BudgetLedgerEntity[]> {
    return manager.find(BudgetLedgerEntity, { where: { year } });
  }

  /**
   * Adds to `committed` if it still fits under the amount, with its ledger entry; false (and no
   * entry) when it does not. On PostgreSQL one statement: the budget's row is the hot spot every
   * approval of the budget waits on, so it is held for as few round trips as possible.
   */
  async reserve(
    manager: EntityManager,
    id: string,
    applicationId: string,
    amount: number,
    actor: string,
    now: string,
    reference: string | null,
  ): Promise<boolean> {
    if (manager.connection.options.type === 'postgres') {
      const inserted = await changedRows(manager, `WITH reserved AS (${RESERVE} RETURNING id) ${ENTRY_OF_RESERVED}`, [
        amount,
        now,
        id,
        randomUUID(),
        applicationId,
        actor,
        reference,
      ]);
      return inserted === 1;
    }
    if ((await changedRows(manager, RESERVE, [amount, now, id])) !== 1) return false;
    await this.entry(manager, id, applicationId, 'reserve', amount, actor, now, reference);
    return true;
  }

  /** Takes a reservation back (a revoked or withdrawn approval). */
  async release(manager: EntityManager, id: string, amount: number, now: string): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(BudgetLedgerEntity)
      .set({ committed: () => `committed - ${Number(amount)}`, updatedAt: now })
      .where('id = :id AND committed - :amount >= paid', { id, amount })
      .execute();
    return result.affected === 1;
  }

  /** Records a payment against what is committed. */
  async pay(manager: EntityManager, id: string, amount: number, now: string): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(BudgetLedgerEntity)
      .set({ paid: () => `paid + ${Number(amount)}`, updatedAt: now })
      .where('id = :id AND paid + :amount <= committed', { id, amount })
      .execute();
    return result.affected === 1;
  }

  async entry(
    manager: EntityManager,
    ledgerId: string,
    applicationId: string,
    kind: LedgerEntryKind,
    amount: number,
    actor: string,
    at: string,
    reference: string | null,
  ): Promise<void> {
    await ENTRIES.insert(
      manager,
      Object.assign(new LedgerEntryEntity(), { id: randomUUID(), ledgerId, applicationId, kind, amount, actor, at, reference }),
    );
  }

  entries(manager: EntityManager, ledgerId: string, page: number, perPage: number): Promise<[LedgerEntryEntity[], number]> {
    return manager.findAndCount(LedgerEntryEntity, {
      where: { ledgerId },
      order: { at: 'ASC', id: 'ASC' },
      skip: (page - 1) * perPage,
      take: perPage,
    });
  }
}
