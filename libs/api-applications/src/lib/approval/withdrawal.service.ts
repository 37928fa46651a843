import { Injectable } from '@nestjs/common';
import { Clock, DatabaseService, type Principal } from '@pioneer/api-core';
import { BudgetLedgerService } from '../budget/budget-ledger.service';
import { actionBody, textField } from '../lifecycle/action-body.util';
import { ApplicationLookup } from '../lifecycle/application-lookup.service';
import { changedMeanwhile, LifecycleService } from '../lifecycle/lifecycle.service';
import { paidAlready } from './approval.service';

/** The applicant (or an admin for it) withdraws an application, with a reason; an approval's reservation is released. */
@Injectable()
export class WithdrawalService {
  constructor(
    private readonly db: DatabaseService,
    private readonly lookup: ApplicationLookup,
    private readonly lifecycle: LifecycleService,
    private readonly budgets: BudgetLedgerService,
    private readonly clock: Clock,
  ) {}

  async withdraw(principal: Principal, id: string, body: unknown): Promise<void> {
    const reason = textField(actionBody(body, ['reason']), 'reason', true)!;
    await this.db.write(async (manager) => {
      const row = await this.lookup.forUpdate(manager, principal, id);
      this.lifecycle.check('withdraw', principal, row);
      if (row.paidAmount > 0) throw paidAlready();
      if (row.status === 'approved') await this.budgets.release(manager, principal, row, reason);
      if (!(await this.lifecycle.move(manager, 'withdraw', principal, row, { statusReason: reason, updatedAt: this.clock.timestamp() }, { reason }))) throw changedMeanwhile();
    });
  }
}
