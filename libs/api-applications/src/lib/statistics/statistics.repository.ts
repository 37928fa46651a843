import { Injectable } from '@nestjs/common';
import { ApplicationEntity } from '@pioneer/api-core';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { ApplicationScope } from '../application-access';
import { AWARDED_STATUSES } from '../application-status';

/** One group of applications: how many, and what is committed (approved) and paid for them, in fen. */
export interface GroupCount {
  key: string | null;
  count: number;
  committed: number;
  paid: number;
}

export type GroupBy = 'status' | 'measure' | 'district';

/**
 * The dashboard's counts, one GROUP BY per dimension over the applications of a period (by
 * submission, or creation for drafts) within the caller's scope. Sums are of awarded
 * applications only: a rejected application's old approval is not money committed.
 */
@Injectable()
export class StatisticsRepository {
  async groups(manager: EntityManager, by: GroupBy, scope: ApplicationScope, period: { from: string; to: string }): Promise<GroupCount[]> {
    const awarded = AWARDED_STATUSES.map((s) => `'${s}'`).join(', ');
    const query = manager
      .createQueryBuilder(ApplicationEntity, 'a')
      .select(`a.${by}`, 'key')
      .addSelect('COUNT(*)', 'count')
      .addSelect(`COALESCE(SUM(CASE WHEN a.status IN (${awarded}) THEN a.approved_amount ELSE 0 END), 0)`, 'committed')
      .addSelect(`COALESCE(SUM(CASE WHEN a.status IN (${awarded}) THEN a.paid_amount ELSE 0 END), 0)`, 'paid')
      .where('COALESCE(a.submitted_at, a.created_at) >= :from AND COALESCE(a.submitted_at, a.created_at) < :to', period)
      .groupBy(`a.${by}`)
      .orderBy(`a.${by}`, 'ASC');
    const rows = await scoped(query, scope).getRawMany<{ key: string | null; count: string | number; committed: string | number; paid: string | number }>();
    // PostgreSQL returns COUNT and SUM of bigint as strings; fen stay far below 2^53.
    return rows.map((r) => ({ key: r.key, count: Number(r.count), committed: Number(r.committed), paid: Number(r.paid) }));
  }
}

function scoped(query: SelectQueryBuilder<ApplicationEntity>, scope: ApplicationScope): SelectQueryBuilder<ApplicationEntity> {
  if (scope.applicantId !== undefined) query.andWhere('a.applicant_id = :applicantId', { applicantId: scope.applicantId });
  if (scope.district !== undefined) query.andWhere('a.district = :district', { district: scope.district });
  if (scope.submittedOnly) query.andWhere("a.status <> 'draft'");
  return query;
}
