import { Injectable } from '@nestjs/common';
import { type ApplicationEntity, Clock } from '@pioneer/api-core';
import type { Decision, ReviewerScores } from '@pioneer/engine';
import type { EntityManager } from 'typeorm';
import { FundingHistoryService } from '../funding-history.service';
import { PolicyRegistry } from '../policy-registry.service';

/**
 * Decides a stored application again, as the review and the approval need it: with the
 * parameters in force on its submission date (it stays pinned to them), the reviewers' scores,
 * and the applicant's funding history read from the platform's records inside the caller's
 * transaction (so an approval sees every award committed before it).
 */
@Injectable()
export class ApplicationEvaluator {
  constructor(
    private readonly policies: PolicyRegistry,
    private readonly history: FundingHistoryService,
    private readonly clock: Clock,
  ) {}

  async decide(manager: EntityManager, row: ApplicationEntity, scores: ReviewerScores[] = []): Promise<Decision> {
    const history = row.applicantId ? await this.history.of(manager, row.applicantId, row.id) : [];
    const asOf = this.clock.dateOf(row.submittedAt ?? row.createdAt);
    return this.policies.policyOf(row.measure).evaluate(row.measure, row.data, { asOf, history, scores });
  }
}

/** The money amount of a decision: integer fen when eligible and decided, else null. */
export function awardedAmount(decision: Decision): number | null {
  if (decision.status !== 'eligible' || !decision.award || decision.award.benefit || decision.award.amount === null) return null;
  return decision.award.amount;
}

/** The reasons a decision refuses, in both languages, for an error message. */
export function refusalReasons(decision: Decision): { 'zh-CN': string; en: string } {
  const failed = decision.rules.filter((rule) => rule.passed === false && rule.reason);
  if (!failed.length) return { 'zh-CN': '按现有记录无法确定资助金额', en: 'the award cannot be determined from the records' };
  return { 'zh-CN': failed.map((rule) => rule.reason!['zh-CN']).join('；'), en: failed.map((rule) => rule.reason!.en).join('; ') };
}
