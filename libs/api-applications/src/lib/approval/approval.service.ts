import { Injectable } from '@nestjs/common';
import { type ApplicationEntity, AuditService, Clock, DatabaseService, Errors, type Principal } from '@pioneer/api-core';
import type { Decision, Label, ReviewerScores } from '@pioneer/engine';
import type { EntityManager } from 'typeorm';
import { type BudgetTarget, BudgetLedgerService, type Reservation } from '../budget/budget-ledger.service';
import { ApplicationsRepository } from '../applications.repository';
import { actionBody, textField } from '../lifecycle/action-body.util';
import { ApplicationEvaluator, awardedAmount, refusalReasons } from '../lifecycle/application-evaluator.service';
import { ApplicationLookup } from '../lifecycle/application-lookup.service';
import { changedMeanwhile, LifecycleService } from '../lifecycle/lifecycle.service';
import { ReviewRepository } from '../review/review.repository';
import { approveWithinBudget, NotInOneStatement } from './approve-within-budget';

/**
 * The approval stage. Approving decides the application once more inside one transaction, with
 * the applicant's funding history read from the platform's records under a per-applicant lock
 * (P1 no double dipping, P3 the cumulative cap, cap scopes), then reserves the amount in the
 * annual budget (P2) by a conditional update, and moves the application — all or nothing. On
 * PostgreSQL the move, the reservation and the audit event are one statement sent with the COMMIT
 * when the whole amount fits (`approve_within_budget`); a cut or a refusal goes step by step.
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
    return (await this.approveOne(principal, id, comment)).row;
  }

  /**
   * One approval in its own transaction, with the comment already checked: the application as it
   * now stands and, when the budget cut the amount, why (both languages). Bulk approval calls it
   * once per id.
   */
  async approveOne(principal: Principal, id: string, comment: string | null): Promise<Approved> {
    if (this.db.kind !== 'postgres') return this.approveStepByStep(principal, id, comment);
    try {
      return await this.approveInOneStatement(principal, id, comment);
    } catch (error) {
      if (!(error instanceof NotInOneStatement)) throw error;
      if (error.why === 'changed') throw changedMeanwhile();
      // The whole amount did not fit: decided again step by step, which cuts or refuses with the reason.
      return this.approveStepByStep(principal, id, comment);
    }
  }

  /**
   * PostgreSQL, as approvals go but for a budget's last ones: the reads under the application's
   * and the applicant's locks, then every write in one statement sent with the COMMIT.
   */
  private approveInOneStatement(principal: Principal, id: string, comment: string | null): Promise<Approved> {
    return this.db.write(async (manager) => {
      const { row, decision, amount, target } = await this.decideForApproval(manager, principal, id);
      if (!target) return this.approveWithReservation(manager, principal, row, decision, amount, comment, target);
      const reservation: Reservation = { ledgerId: target.ledgerId, budget: target.budget.code, year: target.year, amount };
      const now = this.clock.timestamp();
      const event = this.audit.unlinked(principal, this.lifecycle.event('approve', row, approvalDetails(reservation, amount, comment)));
      await approveWithinBudget(manager, principal, { row, target, decision, amount, now, event });
      return { row: approvedRow(row, decision, reservation, now) };
    });
  }

  private approveStepByStep(principal: Principal, id: string, comment: string | null): Promise<Approved> {
    return this.db.write(async (manager) => {
      const { row, decision, amount, target } = await this.decideForApproval(manager, principal, id);
      return this.approveWithReservation(manager, principal, row, decision, amount, comment, target);
    });
  }

  /** Inside a write: the row locked, the move allowed, the applicant locked, the decision made again from the records. */
  private async decideForApproval(manager: EntityManager, principal: Principal, id: string) {
    const row = await this.lookup.forUpdate(manager, principal, id);
    this.lifecycle.check('approve', principal, row);
    if (row.applicantId) await this.repo.lockApplicant(manager, row.applicantId);
    const decision = await this.evaluator.decide(manager, row, await this.scoresOf(manager, row));
    const amount = awardedAmount(decision);
    if (amount === null || amount <= 0) throw notApprovable(decision);
    return { row, decision, amount, target: await this.budgets.target(manager, row) };
  }

  private async approveWithReservation(
    manager: EntityManager,
    principal: Principal,
    row: ApplicationEntity,
    decision: Decision,
    amount: number,
    comment: string | null,
    target: BudgetTarget | null,
  ): Promise<Approved> {
    // From here to the commit this approval holds the audit chain, then its budget's row: claimed
    // in that order, the hot budget row waits for nothing while held (PostgreSQL; SQLite is serial).
    await this.audit.claimChain(manager);
    const reservation = await this.budgets.reserve(manager, principal, row, amount, target);
    const now = this.clock.timestamp();
    const next = approvedRow(row, decision, reservation, now);
    const changes = {
      decision,
      approvedAmount: next.approvedAmount,
      budgetCode: next.budgetCode,
      budgetYear: next.budgetYear,
      statusReason: next.statusReason,
      updatedAt: now,
    };
    if (!(await this.lifecycle.move(manager, 'approve', principal, row, changes, approvalDetails(reservation, amount, comment)))) throw changedMeanwhile();
    return { row: next, ...(reservation.cut ? { cut: reservation.cut } : {}) };
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

/** An approval done: the application as it now stands, and the budget's reason when it cut the amount. */
export interface Approved {
  row: ApplicationEntity;
  cut?: Label;
}

/** The application as an approval leaves it. */
function approvedRow(row: ApplicationEntity, decision: Decision, reservation: Reservation, now: string): ApplicationEntity {
  return {
    ...row,
    decision,
    approvedAmount: reservation.amount,
    budgetCode: reservation.budget,
    budgetYear: reservation.year,
    statusReason: reservation.cut?.['zh-CN'] ?? null,
    updatedAt: now,
    status: 'approved',
    revision: row.revision + 1,
  };
}

/** What the approval's audit event records besides the move. */
function approvalDetails(reservation: Reservation, decided: number, comment: string | null): Record<string, unknown> {
  return { amount: reservation.amount, decided, budget: reservation.budget, year: reservation.year, cut: reservation.cut ?? null, comment };
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
