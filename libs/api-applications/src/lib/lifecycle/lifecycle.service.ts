import { Injectable } from '@nestjs/common';
import { ApiError, type ApplicationEntity, type AuditEntry, AuditService, Errors, type Principal } from '@pioneer/api-core';
import type { EntityManager } from 'typeorm';
import { type Transition, TRANSITIONS, type TransitionName } from '../application-status';
import { ApplicationsRepository, type ApplicationChanges } from '../applications.repository';

/**
 * The one mechanism every stage (submission, review, approval, payment, withdrawal) moves an
 * application with: the role and the starting status are checked against TRANSITIONS, the row is
 * updated only if it is still as the caller read it (revision and status, re-checked by the
 * database), and the audit event is written in the same transaction.
 */
@Injectable()
export class LifecycleService {
  constructor(
    private readonly repo: ApplicationsRepository,
    private readonly audit: AuditService,
  ) {}

  /** Throws 403 for a role the move does not admit, 409 for a status it does not start from. */
  check(name: TransitionName, principal: Principal, row: ApplicationEntity): Transition {
    const move: Transition = TRANSITIONS[name];
    if (!move.roles.includes(principal.role)) throw Errors.forbidden(`角色 ${principal.role} 不能执行「${name}」：请使用有权限的账号`, `The role ${principal.role} may not '${name}' an application: use an account that may`);
    if (!move.from.includes(row.status as never)) throw notInStatus(row.status, name);
    return move;
  }

  /**
   * Inside a write transaction: moves the row and records the event. Returns false when another
   * writer changed the row first (the caller retries or reports it).
   */
  async move(manager: EntityManager, name: TransitionName, principal: Principal, row: ApplicationEntity, changes: ApplicationChanges, details: Record<string, unknown> = {}): Promise<boolean> {
    const move = this.check(name, principal, row);
    if (!(await this.repo.updateIf(manager, row.id, row.revision, move.from, { ...changes, status: move.to }))) return false;
    await this.audit.record(manager, principal, this.event(name, row, details));
    return true;
  }

  /** The audit event of a move: the transition's action, the measure, from and to, and the move's own details. */
  event(name: TransitionName, row: ApplicationEntity, details: Record<string, unknown> = {}): AuditEntry {
    const move: Transition = TRANSITIONS[name];
    return { action: move.action, entityType: 'application', entityId: row.id, details: { measure: row.measure, from: row.status, to: move.to, ...details } };
  }
}

export function notInStatus(status: string, action: string): ApiError {
  return Errors.conflict('invalid-transition', `该申请当前状态为 ${status}，不能执行「${action}」：请刷新后查看其当前状态`, `This application is in status ${status}, where '${action}' is not possible: reload it to see where it stands`);
}

export function changedMeanwhile(): ApiError {
  return Errors.conflict('changed-meanwhile', '该申请刚被他人修改：请刷新后重试', 'The application was changed by someone else meanwhile: reload it and try again');
}
