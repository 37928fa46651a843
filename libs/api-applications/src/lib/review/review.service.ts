import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  type ApplicationEntity,
  AuditService,
  Clock,
  DatabaseService,
  Errors,
  type Principal,
  ReviewAssignmentEntity,
} from '@pioneer/api-core';
import type { Decision, ReviewerScores } from '@pioneer/engine';
import type { EntityManager } from 'typeorm';
import { ApplicationLookup } from '../lifecycle/application-lookup.service';
import { actionBody, textField } from '../lifecycle/action-body.util';
import { ApplicationEvaluator, awardedAmount, refusalReasons } from '../lifecycle/application-evaluator.service';
import { changedMeanwhile, LifecycleService } from '../lifecycle/lifecycle.service';
import { PolicyRegistry } from '../policy-registry.service';
import { ReviewerDirectory } from './reviewer-directory.service';
import { reviewerList, rubricScores } from './review-input.util';
import { ReviewRepository } from './review.repository';

/** An assignment as the API shows it. */
export interface ReviewAssignmentView {
  reviewer: string;
  assignedAt: string;
  conflict: boolean | null;
  scores: Record<string, number> | null;
  comment: string | null;
  scoredAt: string | null;
}

const view = (a: ReviewAssignmentEntity): ReviewAssignmentView => ({
  reviewer: a.reviewer,
  assignedAt: a.assignedAt,
  conflict: a.conflict,
  scores: a.scores,
  comment: a.comment,
  scoredAt: a.scoredAt,
});

/**
 * The review stage: an admin assigns reviewers; each declares no conflict of interest before
 * scoring (a declared conflict, or a reviewer tied to the applicant's organisation, cannot
 * score); scores follow the measure's rubric; when enough reviewers have scored (the rubric's
 * `minReviewers`), the engine combines them as the schema declares and its amount and trace
 * become the recommendation. A measure without a rubric is recommended by one reviewer's check.
 * Reviewers and admins may return an application for correction (补正) with a reason.
 */
@Injectable()
export class ReviewService {
  constructor(
    private readonly db: DatabaseService,
    private readonly reviews: ReviewRepository,
    private readonly lookup: ApplicationLookup,
    private readonly lifecycle: LifecycleService,
    private readonly evaluator: ApplicationEvaluator,
    private readonly policies: PolicyRegistry,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly directory: ReviewerDirectory,
  ) {}

  async assignments(principal: Principal, id: string): Promise<ReviewAssignmentView[]> {
    const row = await this.lookup.visible(principal, id);
    return (await this.db.read((manager) => this.reviews.forApplication(manager, row.id))).map(view);
  }

  async assign(principal: Principal, id: string, body: unknown): Promise<ReviewAssignmentView[]> {
    const reviewers = reviewerList(actionBody(body, ['reviewers']).reviewers);
    return this.db.write(async (manager) => {
      const unknown = await this.directory.unknown(manager, reviewers);
      if (unknown.length) throw Errors.validation(unknown);
      const row = await this.lookup.forUpdate(manager, principal, id);
      const existing = new Set((await this.reviews.forApplication(manager, row.id)).map((a) => a.reviewer));
      const added = reviewers.filter((reviewer) => !existing.has(reviewer));
      const now = this.clock.timestamp();
      for (const reviewer of added) {
        await this.reviews.insert(
          manager,
          Object.assign(new ReviewAssignmentEntity(), {
            id: randomUUID(),
            applicationId: row.id,
            reviewer,
            assignedBy: principal.subject,
            assignedAt: now,
            conflict: null,
            declaredAt: null,
            scores: null,
            comment: null,
            scoredAt: null,
          }),
        );
      }
      if (!(await this.lifecycle.move(manager, 'assign', principal, row, { updatedAt: now }, { reviewers: added })))
        throw changedMeanwhile();
      return (await this.reviews.forApplication(manager, row.id)).map(view);
    });
  }

  /** The assigned reviewer declares whether they have a conflict of interest with the application. */
  async declare(principal: Principal, id: string, body: unknown): Promise<ReviewAssignmentView> {
    const input = actionBody(body, ['conflict', 'note']);
    if (typeof input.conflict !== 'boolean')
      throw Errors.validation([
        {
          pointer: '/conflict',
          message: { 'zh-CN': '须为 true（存在利益冲突）或 false（不存在）', en: 'must be true (a conflict of interest) or false (none)' },
        },
      ]);
    const note = textField(input, 'note', false);
    return this.db.write(async (manager) => {
      const { row, assignment } = await this.ownAssignment(manager, principal, id);
      if (input.conflict === false && principal.affiliation && principal.affiliation === row.applicantId) {
        throw Errors.conflict(
          'conflict-of-interest',
          '您所在单位即申请单位，存在利益冲突，不能评审该申请：请声明利益冲突',
          "You work for the applicant's organisation: you have a conflict of interest and cannot review this application; declare it",
        );
      }
      const changes = { conflict: input.conflict as boolean, declaredAt: this.clock.timestamp() };
      await this.reviews.update(manager, assignment.id, changes);
      await this.audit.record(manager, principal, {
        action: 'review.declare',
        entityType: 'application',
        entityId: row.id,
        details: { conflict: changes.conflict, note },
      });
      return view({ ...assignment, ...changes });
    });
  }

  /** A reviewer's scores on the rubric; the last one needed completes the review. */
  async score(principal: Principal, id: string, body: unknown): Promise<ReviewAssignmentView> {
    const input = actionBody(body, ['scores', 'comment']);
    const comment = textField(input, 'comment', false);
    return this.db.write(async (manager) => {
      const { row, assignment } = await this.ownAssignment(manager, principal, id);
      const measure = this.policies.measure(row.measure);
      if (!measure.rubric)
        throw Errors.conflict(
          'no-rubric',
          '本措施没有评分细则：请使用「审核通过并推荐」',
          'This measure has no rubric: recommend it instead of scoring',
        );
      this.assertMayScore(principal, row, assignment);
      const scores = rubricScores(measure, input.scores);
      const changes = { scores, comment, scoredAt: this.clock.timestamp() };
      await this.reviews.update(manager, assignment.id, changes);
      await this.audit.record(manager, principal, {
        action: 'review.score',
        entityType: 'application',
        entityId: row.id,
        details: { scores, comment },
      });
      const scored = (await this.reviews.forApplication(manager, row.id)).filter((a) => a.conflict === false && a.scores);
      if (scored.length >= measure.rubric.combine.minReviewers)
        await this.complete(
          manager,
          principal,
          row,
          scored.map((a) => ({ reviewer: a.reviewer, scores: a.scores! })),
        );
      return view({ ...assignment, ...changes });
    });
  }

  /** Without a rubric: the assigned reviewer checked the evidence and recommends the engine's amount. */
  async recommend(principal: Principal, id: string, body: unknown): Promise<void> {
    const comment = textField(actionBody(body, ['comment']), 'comment', false);
    await this.db.write(async (manager) => {
      const { row, assignment } = await this.ownAssignment(manager, principal, id);
      if (this.policies.measure(row.measure).rubric)
        throw Errors.conflict(
          'scores-required',
          '本措施须按评分细则评分：请提交评分',
          'This measure is scored on its rubric: send the scores',
        );
      this.assertMayScore(principal, row, assignment);
      await this.reviews.update(manager, assignment.id, { comment, scoredAt: this.clock.timestamp() });
      const decision = await this.evaluator.decide(manager, row, []);
      if (decision.status === 'ineligible' || decision.status === 'invalid') {
        // A recommendation vouches for an award: one the platform's records already refuse is returned or rejected instead.
        const reasons = refusalReasons(decision);
        throw Errors.conflict(
          'not-recommendable',
          `按平台记录核定不能推荐：${reasons['zh-CN']}。可退回补正或由管理员驳回`,
          `Decided from the platform's records, this application cannot be recommended: ${reasons.en}. Return it for correction, or have it rejected`,
        );
      }
      await this.complete(manager, principal, row, [], decision);
    });
  }

  /** Returns the application for correction (补正); the reason tells the applicant what to do. */
  async return(principal: Principal, id: string, body: unknown): Promise<void> {
    const reason = textField(actionBody(body, ['reason']), 'reason', true)!;
    await this.db.write(async (manager) => {
      const row = await this.lookup.forUpdate(manager, principal, id);
      if (principal.role === 'reviewer' && !(await this.reviews.find(manager, row.id, principal.subject))) throw notAssigned();
      if (
        !(await this.lifecycle.move(
          manager,
          'return',
          principal,
          row,
          { statusReason: reason, updatedAt: this.clock.timestamp() },
          { reason },
        ))
      )
        throw changedMeanwhile();
    });
  }

  /** The engine's decision with the scores and the platform's history becomes the recommendation. */
  private async complete(
    manager: EntityManager,
    principal: Principal,
    row: ApplicationEntity,
    scores: ReviewerScores[],
    decided?: Decision,
  ): Promise<void> {
    const decision = decided ?? (await this.evaluator.decide(manager, row, scores));
    const amount = awardedAmount(decision);
    const changes = { decision, amount, updatedAt: this.clock.timestamp() };
    if (
      !(await this.lifecycle.move(manager, 'recommend', principal, row, changes, {
        decision: decision.status,
        amount,
        reviewers: scores.length,
      }))
    )
      throw changedMeanwhile();
  }

  private async ownAssignment(
    manager: EntityManager,
    principal: Principal,
    id: string,
  ): Promise<{ row: ApplicationEntity; assignment: ReviewAssignmentEntity }> {
    const row = await this.lookup.forUpdate(manager, principal, id);
    const assignment = await this.reviews.find(manager, row.id, principal.subject);
    if (!assignment) throw notAssigned();
    if (row.status !== 'under-review')
      throw Errors.conflict(
        'not-under-review',
        `该申请当前状态为 ${row.status}，不在评审中`,
        `This application is in status ${row.status}, not under review`,
      );
    return { row, assignment };
  }

  private assertMayScore(principal: Principal, row: ApplicationEntity, assignment: ReviewAssignmentEntity): void {
    if (assignment.conflict === null)
      throw Errors.conflict(
        'declaration-required',
        '评分前须先声明是否存在利益冲突',
        'Declare whether you have a conflict of interest before scoring',
      );
    if (assignment.conflict || (principal.affiliation && principal.affiliation === row.applicantId)) {
      throw Errors.conflict(
        'conflict-of-interest',
        '您已声明或存在利益冲突，不能评审该申请',
        'You have a conflict of interest with this application and cannot review it',
      );
    }
  }
}

function notAssigned() {
  return Errors.forbidden(
    '您不是该申请的评审专家：请联系管理员分配',
    'You are not a reviewer of this application: ask an admin to assign you',
  );
}
