import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AuditService, changedRows, Clock, DatabaseService, type Principal } from '@pioneer/api-core';
import { budgetAmount, moneyLabel } from '@pioneer/engine';
import type { EntityManager } from 'typeorm';
import { PolicyRegistry } from '../policy-registry.service';
import { BudgetLedgerRepository } from './budget-ledger.repository';
import { BudgetLedgerService } from './budget-ledger.service';

/** Who moves a ledger to the policy file's amount, in the audit log. */
export const POLICY_FILE_PRINCIPAL: Principal = { subject: 'system:policy-file', role: 'admin' };

/** A ledger moved to the policy file's amount. */
export interface BudgetAmountChange {
  policy: string;
  budget: string;
  year: number;
  /** Integer fen. */
  before: number;
  after: number;
  /** The policy file's amount; `after` is higher when more is already committed. */
  fileAmount: number;
}

/** To the file's amount, but never under what is committed; only a ledger not there already, as it was read. */
const MOVE_TO =
  'UPDATE budget_ledgers SET amount = CASE WHEN committed > $1 THEN committed ELSE $1 END, updated_at = $2 WHERE id = $3 AND amount = $4 AND amount <> CASE WHEN committed > $1 THEN committed ELSE $1 END';

/**
 * Keeps the ledgers of this budget year and later at the amount the policy file gives each year
 * now (its `yearAmounts`, else its `annualAmount`). A
 * ledger takes the file's amount when its year's first approval opens it; without this, it kept
 * that amount after the file changed, so a bureau's mid-year top-up (or cut) of a budget, published
 * as a schema edit, never reached approvals. At start every API process moves such a ledger to the
 * file's amount — never under what is already committed: approvals made stay made, and the budget
 * then has nothing left — with an audit event. Past years keep the amounts they were run with.
 */
@Injectable()
export class BudgetAmountSync implements OnApplicationBootstrap {
  private readonly logger = new Logger(BudgetAmountSync.name);

  constructor(
    private readonly db: DatabaseService,
    private readonly ledgers: BudgetLedgerRepository,
    private readonly budgets: BudgetLedgerService,
    private readonly policies: PolicyRegistry,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const change of await this.sync()) {
      const floor = change.after > change.fileAmount ? `; the file's ${moneyLabel(change.fileAmount).en} is under what is committed, so nothing is left to approve` : '';
      this.logger.log(`budget ${change.policy}/${change.budget} ${change.year}: ${moneyLabel(change.before).en} → ${moneyLabel(change.after).en} (policy file)${floor}`);
    }
  }

  /** Moves every ledger of this year or later whose amount is not the file's; one write each, audited. */
  async sync(): Promise<BudgetAmountChange[]> {
    const fromYear = this.budgets.currentYear();
    const changes: BudgetAmountChange[] = [];
    for (const policy of this.policies.all()) {
      for (const budget of policy.info.budgets) {
        const open = await this.db.read((manager) => this.ledgers.fromYear(manager, policy.info.code, budget.code, fromYear));
        for (const ledger of open.filter((l) => l.amount !== Math.max(budgetAmount(budget, l.year), l.committed))) {
          const change = await this.db.write((manager) => this.move(manager, ledger.id, budgetAmount(budget, ledger.year)));
          if (change) changes.push(change);
        }
      }
    }
    return changes;
  }

  /** One ledger to the file's amount, re-read after the audit chain is claimed (the lock order of every budget movement). */
  private async move(manager: EntityManager, ledgerId: string, fileAmount: number): Promise<BudgetAmountChange | null> {
    await this.audit.claimChain(manager);
    const ledger = await this.ledgers.byId(manager, ledgerId);
    if (!ledger) return null;
    const after = Math.max(fileAmount, ledger.committed);
    // Another process starting at once may have moved it already: then this one changes nothing.
    if ((await changedRows(manager, MOVE_TO, [fileAmount, this.clock.timestamp(), ledgerId, ledger.amount])) !== 1) return null;
    const change = { policy: ledger.policy, budget: ledger.budget, year: ledger.year, before: ledger.amount, after, fileAmount };
    await this.audit.record(manager, POLICY_FILE_PRINCIPAL, { action: 'budget.amount-change', entityType: 'budget-ledger', entityId: ledgerId, details: { ...change, committed: ledger.committed } });
    return change;
  }
}
