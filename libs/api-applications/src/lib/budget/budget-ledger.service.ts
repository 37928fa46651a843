import { Injectable } from '@nestjs/common';
import { type ApplicationEntity, AuditService, Clock, DatabaseService, Errors, type Principal } from '@pioneer/api-core';
import { budgetAmount, type Label, moneyLabel } from '@pioneer/engine';
import type { DataSource, EntityManager } from 'typeorm';
import { PolicyRegistry } from '../policy-registry.service';
import { BudgetLedgerRepository } from './budget-ledger.repository';

/** A budget's year as the API shows it. */
export interface BudgetYearView {
  policy: string;
  budget: string;
  label: Label;
  year: number;
  /** Integer fen. */
  amount: number;
  committed: number;
  paid: number;
  remaining: number;
  measures: string[];
}

/** What an approval committed: against which ledger, how much, and why less than asked if so. */
export interface Reservation {
  ledgerId: string | null;
  budget: string | null;
  year: number | null;
  amount: number;
  cut?: Label;
}

/** Where an approval made now commits: the year's ledger of the measure's budget. */
export interface BudgetTarget {
  ledgerId: string;
  policy: string;
  budget: NonNullable<ReturnType<ReturnType<PolicyRegistry['policyOf']>['budgetOf']>>;
  year: number;
}

/**
 * The annual budgets (P2) as ledgers: a reservation at approval, its release, payments. Every
 * movement is one conditional UPDATE and one entry, inside the caller's transaction. Every
 * movement claims the audit chain before it touches a ledger's row, as an approval does on
 * PostgreSQL (`approve_within_budget`): with one lock order, no two writes wait on each other.
 */
@Injectable()
export class BudgetLedgerService {
  /** Ledger ids by `policy/budget/year`, per data source (PostgreSQL): see `target`. */
  private readonly knownLedgers = new WeakMap<DataSource, Map<string, string>>();

  constructor(
    private readonly db: DatabaseService,
    private readonly ledgers: BudgetLedgerRepository,
    private readonly policies: PolicyRegistry,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** The budget year an approval made now commits against: the calendar year in the API's time zone. */
  currentYear(): number {
    return Number(this.clock.today().slice(0, 4));
  }

  /**
   * The ledger an approval of `row` made now commits against: its measure's budget in this year,
   * opened on first use; null for a measure outside every budget. A ledger's row, once committed,
   * is never removed, so on PostgreSQL its id is remembered (per data source) and later approvals
   * skip the read. Only a row read from another transaction's commit is remembered: one opened
   * here may yet roll back (and SQLite's groups may hold another write's uncommitted insert).
   */
  async target(manager: EntityManager, row: ApplicationEntity): Promise<BudgetTarget | null> {
    const policy = this.policies.policyOf(row.measure);
    const budget = policy.budgetOf(row.measure);
    if (!budget) return null;
    const year = this.currentYear();
    const key = `${policy.info.code}\n${budget.code}\n${year}`;
    let known = this.knownLedgers.get(manager.connection);
    if (!known) this.knownLedgers.set(manager.connection, (known = new Map()));
    let ledgerId = known.get(key);
    if (!ledgerId) {
      const committed = await this.ledgers.find(manager, policy.info.code, budget.code, year);
      if (committed && manager.connection.options.type === 'postgres') known.set(key, committed.id);
      ledgerId = committed?.id ?? (await this.ledgers.open(manager, policy.info.code, budget.code, year, budgetAmount(budget, year), this.clock.timestamp())).id;
    }
    return { ledgerId, policy: policy.info.code, budget, year };
  }

  /**
   * Reserves `amount` for an application in its budget year (`target`). When it does not fit:
   * refused (409 naming what is left) or, where the budget says `whenExhausted: cut`, cut to what
   * is left with the reason. Measures outside every budget reserve nothing. The caller has
   * claimed the audit chain (`AuditService.claimChain`): one lock order for every budget movement.
   */
  async reserve(manager: EntityManager, principal: Principal, row: ApplicationEntity, amount: number, target: BudgetTarget | null): Promise<Reservation> {
    if (!target) return { ledgerId: null, budget: null, year: null, amount };
    const { ledgerId, budget, year } = target;
    const now = this.clock.timestamp();
    let granted = amount;
    let cut: Label | undefined;
    for (let attempt = 0; attempt < 3; attempt++) {
      if (await this.ledgers.reserve(manager, ledgerId, row.id, granted, principal.subject, now, cut?.en ?? null)) {
        return { ledgerId, budget: budget.code, year, amount: granted, cut };
      }
      const fresh = (await this.ledgers.find(manager, target.policy, budget.code, year))!;
      const left = fresh.amount - fresh.committed;
      if (budget.whenExhausted !== 'cut' || left <= 0) throw exhausted(budget.label, year, left, granted);
      granted = Math.min(granted, left);
      cut = {
        'zh-CN': `${budget.label['zh-CN']}${year}年度余额 ${moneyLabel(left)['zh-CN']}，按预算规则核减至余额`,
        en: `${budget.label.en} has ${moneyLabel(left).en} left in ${year}; cut to what is left, as the budget says`,
      };
    }
    throw exhausted(budget.label, year, 0, granted);
  }

  /** Gives an application's reservation back to its budget year (revoked or withdrawn before payment). */
  async release(manager: EntityManager, principal: Principal, row: ApplicationEntity, reason: string): Promise<void> {
    if (!row.budgetCode || row.budgetYear === null || !row.approvedAmount) return;
    await this.audit.claimChain(manager);
    const ledger = await this.ledgers.find(manager, row.policy, row.budgetCode, row.budgetYear);
    const now = this.clock.timestamp();
    if (!ledger || !(await this.ledgers.release(manager, ledger.id, row.approvedAmount, now)))
      throw Errors.conflict(
        'ledger-mismatch',
        '预算台账与该申请不符：请联系管理员核对',
        'The budget ledger does not match this application: ask an administrator to check it',
      );
    await this.ledgers.entry(manager, ledger.id, row.id, 'release', row.approvedAmount, principal.subject, now, reason);
  }

  /** Records a payment in the application's budget year. */
  async pay(manager: EntityManager, principal: Principal, row: ApplicationEntity, amount: number, reference: string): Promise<void> {
    if (!row.budgetCode || row.budgetYear === null) return;
    await this.audit.claimChain(manager);
    const ledger = await this.ledgers.find(manager, row.policy, row.budgetCode, row.budgetYear);
    const now = this.clock.timestamp();
    if (!ledger || !(await this.ledgers.pay(manager, ledger.id, amount, now)))
      throw Errors.conflict(
        'ledger-mismatch',
        '预算台账与该申请不符：请联系管理员核对',
        'The budget ledger does not match this application: ask an administrator to check it',
      );
    await this.ledgers.entry(manager, ledger.id, row.id, 'payment', amount, principal.subject, now, reference);
  }

  /** Every budget of every policy in a year, with what is committed and paid (zeros before the first approval). */
  async year(year: number): Promise<BudgetYearView[]> {
    const rows = await this.db.read((manager) => this.ledgers.ofYear(manager, year));
    return this.policies.all().flatMap((policy) =>
      policy.info.budgets.map((budget) => {
        const ledger = rows.find((r) => r.policy === policy.info.code && r.budget === budget.code);
        const amount = ledger?.amount ?? budgetAmount(budget, year);
        const committed = ledger?.committed ?? 0;
        return {
          policy: policy.info.code,
          budget: budget.code,
          label: budget.label,
          year,
          amount,
          committed,
          paid: ledger?.paid ?? 0,
          remaining: amount - committed,
          measures: budget.measures,
        };
      }),
    );
  }
}

function exhausted(label: Label, year: number, left: number, asked: number) {
  return Errors.conflict(
    'budget-exhausted',
    `${label['zh-CN']}${year}年度余额 ${moneyLabel(Math.max(left, 0))['zh-CN']}，不足以批准 ${moneyLabel(asked)['zh-CN']}：本预算不核减，请待下一预算年度或调整预算`,
    `${label.en} has ${moneyLabel(Math.max(left, 0)).en} left in ${year}, not enough to approve ${moneyLabel(asked).en}; this budget does not cut awards: wait for the next budget year or adjust the budget`,
  );
}
