import { Injectable } from '@nestjs/common';
import { type ApplicationEntity, Clock, DatabaseService, Errors, type Principal } from '@pioneer/api-core';
import { moneyLabel } from '@pioneer/engine';
import { BudgetLedgerService } from '../budget/budget-ledger.service';
import { actionBody, fenField, textField } from '../lifecycle/action-body.util';
import { ApplicationLookup } from '../lifecycle/application-lookup.service';
import { changedMeanwhile, LifecycleService } from '../lifecycle/lifecycle.service';

/**
 * The payment stage: one or several payments up to the approved amount; the one that completes
 * it moves the application to paid. Each payment is recorded on the application, in the budget
 * ledger and in the audit log, in one transaction.
 */
@Injectable()
export class PaymentService {
  constructor(
    private readonly db: DatabaseService,
    private readonly lookup: ApplicationLookup,
    private readonly lifecycle: LifecycleService,
    private readonly budgets: BudgetLedgerService,
    private readonly clock: Clock,
  ) {}

  async pay(principal: Principal, id: string, body: unknown): Promise<ApplicationEntity> {
    const input = actionBody(body, ['amount', 'reference']);
    const reference = textField(input, 'reference', true)!;
    return this.db.write(async (manager) => {
      const row = await this.lookup.forUpdate(manager, principal, id);
      this.lifecycle.check('pay', principal, row);
      const owed = (row.approvedAmount ?? 0) - row.paidAmount;
      if (owed <= 0) throw Errors.conflict('nothing-owed', '该申请的批准金额已全部拨付', 'The approved amount of this application is paid in full');
      const amount = fenField(input, 'amount', owed);
      await this.budgets.pay(manager, principal, row, amount, reference);
      const paidAmount = row.paidAmount + amount;
      const changes = { paidAmount, updatedAt: this.clock.timestamp() };
      const move = paidAmount === row.approvedAmount ? 'settle' : 'pay';
      const details = { amount, paid: paidAmount, owed: owed - amount, reference, label: moneyLabel(amount) };
      if (!(await this.lifecycle.move(manager, move, principal, row, changes, details))) throw changedMeanwhile();
      return { ...row, ...changes, status: move === 'settle' ? 'paid' : 'approved', revision: row.revision + 1 };
    });
  }
}
