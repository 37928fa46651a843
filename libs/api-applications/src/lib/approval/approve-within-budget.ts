import { randomUUID } from 'node:crypto';
import { type ApplicationEntity, appendParameters, commitWith, type Principal, type UnlinkedEvent } from '@pioneer/api-core';
import type { Decision } from '@pioneer/engine';
import type { EntityManager } from 'typeorm';
import { TRANSITIONS } from '../application-status';
import type { BudgetTarget } from '../budget/budget-ledger.service';

/**
 * Why `approve_within_budget` (migration ApproveWithinBudget1765700000001) did not approve: the
 * amount does not fit what is left of the budget, or the application moved meanwhile. The
 * transaction is rolled back either way.
 */
export class NotInOneStatement extends Error {
  constructor(readonly why: 'short' | 'changed') {
    super(`approval:${why}`);
  }
}

const APPROVE = `SELECT approve_within_budget($1, $2, $3, $4, $5, $6, $7, CAST($8 AS varchar[]), $9, CAST($10 AS jsonb), $11, $12,
  $13, $14, $15, $16, $17, $18, $19, $20, CAST($21 AS jsonb), $22) AS outcome`;

export interface OneStatementApproval {
  row: ApplicationEntity;
  target: BudgetTarget;
  decision: Decision;
  amount: number;
  now: string;
  /** The audit event of the move (`LifecycleService.event`), not yet linked. */
  event: UnlinkedEvent;
}

/**
 * PostgreSQL: an approval's writes as the transaction's last statement, sent with its COMMIT —
 * the application's conditional move, then the audit chain claimed, the whole amount reserved in
 * the budget's row, the ledger entry and the audit event. Written with the same values the
 * step-by-step path writes (`ApprovalService`), which the lifecycle contract checks on both
 * databases. Throws `NotInOneStatement` when the amount does not fit or the application moved.
 */
export async function approveWithinBudget(manager: EntityManager, principal: Principal, approval: OneStatementApproval): Promise<void> {
  const { row, target, decision, amount, now, event } = approval;
  const move = TRANSITIONS.approve;
  const values = [
    target.ledgerId,
    amount,
    now,
    randomUUID(),
    principal.subject,
    row.id,
    row.revision,
    [...move.from],
    move.to,
    JSON.stringify(decision),
    target.budget.code,
    target.year,
    ...appendParameters(event),
  ];
  try {
    await commitWith(manager, APPROVE, values);
  } catch (error) {
    const why = /^approval:(short|changed)$/.exec((error as Error).message)?.[1] as 'short' | 'changed' | undefined;
    throw why ? new NotInOneStatement(why) : error;
  }
}
