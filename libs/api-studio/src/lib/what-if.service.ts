import { Inject, Injectable } from '@nestjs/common';
import { API_CONFIG, type ApiConfig, ApplicationEntity, DatabaseService, ReviewAssignmentEntity } from '@pioneer/api-core';
import { FundingHistoryService } from '@pioneer/api-applications';
import type { CompiledPolicy, ReviewerScores } from '@pioneer/engine';
import { whatIf, type StoredApplication, type WhatIfReport } from './what-if.util';

interface RawRow {
  id: string;
  applicant: string | null;
  status: string;
  data: string | Record<string, unknown>;
  submitted: string;
  approved: string | number | null;
  year: string | number | null;
}

/**
 * Runs the what-if over the applications stored for a measure (drafts excluded: nothing was
 * submitted), each with its applicant's funding history from the platform's records, read by the
 * approval path's FundingHistoryService: P1, P3 and per-applicant caps cut before and after alike.
 */
@Injectable()
export class WhatIfService {
  constructor(
    private readonly db: DatabaseService,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly histories: FundingHistoryService,
  ) {}

  async report(measure: string, published: CompiledPolicy, edited: CompiledPolicy, asOf?: string): Promise<WhatIfReport> {
    return whatIf(measure, published, edited, await this.stored(measure, asOf));
  }

  /** The measure's submitted applications with their reviewers' scores and funding history, each dated by its submission day (or `asOf`). */
  async stored(measure: string, asOf?: string): Promise<StoredApplication[]> {
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: this.config.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    // SQLite stores jsonb as its binary JSONB: json() turns it back into text.
    const data = this.db.kind === 'sqlite' ? 'json(a.data)' : 'a.data';
    return this.db.read(async (manager) => {
      // Only the columns the what-if reads: a stored decision (with its whole trace) is the largest
      // column and would be parsed for nothing.
      // Raw rows: hydrating 10,000 entities costs more than deciding them (npm run bench:studio).
      const rows: RawRow[] = await manager
        .createQueryBuilder(ApplicationEntity, 'a')
        .select(['a.id AS id', 'a.applicant_id AS applicant', 'a.status AS status', `${data} AS data`, 'a.submitted_at AS submitted', 'a.approved_amount AS approved', 'a.budget_year AS year'])
        .where('a.measure = :measure AND a.submitted_at IS NOT NULL', { measure })
        .orderBy('a.submitted_at', 'ASC')
        .getRawMany();
      const scored = await manager
        .createQueryBuilder(ReviewAssignmentEntity, 'r')
        .innerJoin(ApplicationEntity, 'a', 'a.id = r.application_id')
        .where('a.measure = :measure AND r.scores IS NOT NULL', { measure })
        .getMany();
      const scores = new Map<string, ReviewerScores[]>();
      const histories = await this.histories.ofApplicantsOf(manager, measure);
      for (const a of scored) scores.set(a.applicationId, [...(scores.get(a.applicationId) ?? []), { reviewer: a.reviewer, scores: a.scores! }]);
      return rows.map((row) => ({
        id: row.id,
        status: row.status,
        // SQLite gives json() as text, PostgreSQL gives bigint as text.
        data: typeof row.data === 'string' ? JSON.parse(row.data) : row.data,
        asOf: asOf ?? day.format(new Date(row.submitted)),
        scores: scores.get(row.id) ?? [],
        // As the approval path decides: every other award of the applicant, never this one's own.
        history: (row.applicant === null ? [] : (histories.get(row.applicant) ?? []))
          .filter((h) => h.applicationId !== row.id)
          .map((h) => h.record),
        approvedAmount: row.approved === null ? null : Number(row.approved),
        budgetYear: row.year === null ? null : Number(row.year),
      }));
    });
  }
}
