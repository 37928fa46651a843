import { randomUUID } from 'node:crypto';
import { type ApplicationEntity, appendParameters, type Principal, runSql, type UnlinkedEvent } from '@pioneer/api-core';
import type { Decision } from '@pioneer/engine';
import type { EntityManager } from 'typeorm';
import { TRANSITIONS } from '../application-status';
import type { BudgetTarget } from '../budget/budget-ledger.service';

/** The outcome of `approve_within_budget` (migration ApproveWithinBudget1765700000001). */
export type OneStatementOutcome = 'approved' | 'short' | 'changed';

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
 * PostgreSQL: an approval's writes in one round trip, inside the caller's transaction — claim the
 * audit chain, reserve the whole amount in the budget's row, the ledger entry, the application's
 * conditional move and its audit event. Written with the same values the step-by-step path writes
 * (`ApprovalService`), which the lifecycle contract checks on both databases.
 */
export async function approveWithinBudget(manager: EntityManager, principal: Principal, approval: OneStatementApproval): Promise<OneStatementOutcome> {
  const { row, target, decision, amount, now, event } = approval;
  const move = TRANSITIONS.approve;
  const [result] = (await runSql(manager, APPROVE, [
    target.ledger.id,
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
  ])) as Array<{ outcome: OneStatementOutcome }>;
  return result.outcome;
}
