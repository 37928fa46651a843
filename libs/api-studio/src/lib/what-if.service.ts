import { Inject, Injectable } from '@nestjs/common';
import { API_CONFIG, type ApiConfig, ApplicationEntity, DatabaseService, ReviewAssignmentEntity } from '@pioneer/api-core';
import type { CompiledPolicy, ReviewerScores } from '@pioneer/engine';
import { In, IsNull, Not } from 'typeorm';
import { whatIf, type StoredApplication, type WhatIfReport } from './what-if.util';

/** Runs the what-if over the applications stored for a measure (drafts excluded: nothing was submitted). */
@Injectable()
export class WhatIfService {
  constructor(
    private readonly db: DatabaseService,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  async report(measure: string, published: CompiledPolicy, edited: CompiledPolicy, asOf?: string): Promise<WhatIfReport> {
    return whatIf(measure, published, edited, await this.stored(measure, asOf));
  }

  /** The measure's submitted applications with their reviewers' scores, each dated by its submission day (or `asOf`). */
  async stored(measure: string, asOf?: string): Promise<StoredApplication[]> {
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: this.config.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    return this.db.read(async (manager) => {
      const rows = await manager.find(ApplicationEntity, { where: { measure, submittedAt: Not(IsNull()) }, order: { submittedAt: 'ASC' } });
      const scores = new Map<string, ReviewerScores[]>();
      for (let i = 0; i < rows.length; i += 500) {
        const ids = rows.slice(i, i + 500).map((row) => row.id);
        const assignments = await manager.find(ReviewAssignmentEntity, { where: { applicationId: In(ids), scores: Not(IsNull()) } });
        for (const a of assignments)
          scores.set(a.applicationId, [...(scores.get(a.applicationId) ?? []), { reviewer: a.reviewer, scores: a.scores! }]);
      }
      return rows.map((row) => ({
        id: row.id,
        status: row.status,
        data: row.data,
        asOf: asOf ?? day.format(new Date(row.submittedAt!)),
        scores: scores.get(row.id) ?? [],
        approvedAmount: row.approvedAmount,
        budgetYear: row.budgetYear,
      }));
    });
  }
}
