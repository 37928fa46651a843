import { Injectable } from '@nestjs/common';
import { type ApplicationEntity, AuditService, Clock, DatabaseService, Errors, type Principal } from '@pioneer/api-core';
import type { Decision, ReviewerScores } from '@pioneer/engine';
import type { EntityManager } from 'typeorm';
import { BudgetLedgerService, type Reservation } from '../budget/budget-ledger.service';
import { ApplicationsRepository } from '../applications.repository';
import { actionBody, textField } from '../lifecycle/action-body.util';
import { ApplicationEvaluator, awardedAmount, refusalReasons } from '../lifecycle/application-evaluator.service';
import { ApplicationLookup } from '../lifecycle/application-lookup.service';
import { changedMeanwhile, LifecycleService } from '../lifecycle/lifecycle.service';
import { ReviewRepository } from '../review/review.repository';
import { approveWithinBudget } from './approve-within-budget';

/**
 * The approval stage. Approving decides the application once more inside one transaction, with
 * the applicant's funding history read from the platform's records under a per-applicant lock
 * (P1 no double dipping, P3 the cumulative cap, cap scopes), then reserves the amount in the
 * annual budget (P2) by a conditional update, and moves the application — all or nothing. On
 * PostgreSQL the reservation, the move and the audit event are one statement when the amount fits
 * (`approve_within_budget`); a cut or a refusal goes step by step.
 * Rejecting needs a reason; revoking an approval before any payment releases its reservation.
 */
@Injectable()
export class ApprovalService {
  constructor(
    private readonly db: DatabaseService,
    private readonly repo: ApplicationsRepository,
    private readonly reviews: ReviewRepository,
    private readonly lookup: ApplicationLookup,
    private readonly lifecycle: LifecycleService,
    private readonly evaluator: ApplicationEvaluator,
    private readonly budgets: BudgetLedgerService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async approve(principal: Principal, id: string, body: unknown): Promise<ApplicationEntity> {
    const comment = textField(actionBody(body, ['comment']), 'comment', false);
    return this.db.write(async (manager) => {
      const row = await this.lookup.forUpdate(manager, principal, id);
      this.lifecycle.check('approve', principal, row);
      if (row.applicantId) await this.repo.lockApplicant(manager, row.applicantId);
      const decision = await this.evaluator.decide(manager, row, await this.scoresOf(manager, row));
      const amount = awardedAmount(decision);
      if (amount === null || amount <= 0) throw notApprovable(decision);
      const target = await this.budgets.target(manager, row);
      const now = this.clock.timestamp();
      const approved = (reservation: Reservation): ApplicationEntity => ({
        ...row,
        decision,
        approvedAmount: reservation.amount,
        budgetCode: reservation.budget,
        budgetYear: reservation.year,
        statusReason: reservation.cut?.['zh-CN'] ?? null,
        updatedAt: now,
        status: 'approved',
        revision: row.revision + 1,
      });
      const details = (reservation: Reservation) => ({
        amount: reservation.amount,
        decided: amount,
        budget: reservation.budget,
        year: reservation.year,
        cut: reservation.cut ?? null,
        comment,
      });
      if (target && this.db.kind === 'postgres') {
        // The whole amount fits, as it does but for a budget's last approvals: one round trip.
        const whole: Reservation = { ledgerId: target.ledger.id, budget: target.budget.code, year: target.year, amount };
        const event = this.audit.unlinked(principal, this.lifecycle.event('approve', row, details(whole)));
        const outcome = await approveWithinBudget(manager, principal, { row, target, decision, amount, now, event });
        if (outcome === 'approved') return approved(whole);
        if (outcome === 'changed') throw changedMeanwhile();
        // short: cut or refused below, the audit chain still claimed.
      }
      // From here to the commit this approval holds the audit chain, then its budget's row: claimed
      // in that order, the hot budget row waits for nothing while held (PostgreSQL; SQLite is serial).
      await this.audit.claimChain(manager);
      const reservation = await this.budgets.reserve(manager, principal, row, amount, target);
      const next = approved(reservation);
      const changes = {
        decision,
        approvedAmount: next.approvedAmount,
        budgetCode: next.budgetCode,
        budgetYear: next.budgetYear,
        statusReason: next.statusReason,
        updatedAt: now,
      };
      if (!(await this.lifecycle.move(manager, 'approve', principal, row, changes, details(reservation)))) throw changedMeanwhile();
      return next;
    });
  }

  async reject(principal: Principal, id: string, body: unknown): Promise<void> {
    const reason = textField(actionBody(body, ['reason']), 'reason', true)!;
    await this.db.write(async (manager) => {
      const row = await this.lookup.forUpdate(manager, principal, id);
      if (
        !(await this.lifecycle.move(
          manager,
          'reject',
          principal,
          row,
          { statusReason: reason, updatedAt: this.clock.timestamp() },
          { reason },
        ))
      )
        throw changedMeanwhile();
    });
  }

  /** Reverses an approval before any payment: the reservation goes back to its budget year. */
  async revoke(principal: Principal, id: string, body: unknown): Promise<void> {
    const reason = textField(actionBody(body, ['reason']), 'reason', true)!;
    await this.db.write(async (manager) => {
      const row = await this.lookup.forUpdate(manager, principal, id);
      this.lifecycle.check('revoke', principal, row);
      if (row.paidAmount > 0) throw paidAlready();
      await this.budgets.release(manager, principal, row, reason);
      if (
        !(await this.lifecycle.move(
          manager,
          'revoke',
          principal,
          row,
          { statusReason: reason, updatedAt: this.clock.timestamp() },
          { reason, released: row.approvedAmount },
        ))
      )
        throw changedMeanwhile();
    });
  }

  private async scoresOf(manager: EntityManager, row: ApplicationEntity): Promise<ReviewerScores[]> {
    const assignments = await this.reviews.forApplication(manager, row.id);
    return assignments.filter((a) => a.conflict === false && a.scores).map((a) => ({ reviewer: a.reviewer, scores: a.scores! }));
  }
}

function notApprovable(decision: Decision) {
  const reasons = refusalReasons(decision);
  return Errors.conflict(
    'not-approvable',
    `按平台记录重新核定后不能批准：${reasons['zh-CN']}。可驳回并说明理由`,
    `Decided again from the platform's records, this application cannot be approved: ${reasons.en}. Reject it with the reason`,
  );
}

export function paidAlready() {
  return Errors.conflict(
    'paid-already',
    '该申请已有拨付记录，不能撤销或撤回：请联系财务处理',
    'Payments were already made on this application, so it cannot be revoked or withdrawn: contact finance',
  );
}
