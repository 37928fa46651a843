import { Injectable } from '@nestjs/common';
import { ReviewAssignmentEntity, TableSql } from '@pioneer/api-core';
import type { EntityManager, QueryDeepPartialEntity } from 'typeorm';

const ASSIGNMENTS = new TableSql(ReviewAssignmentEntity);

/** The review assignments table's queries. */
@Injectable()
export class ReviewRepository {
  forApplication(manager: EntityManager, applicationId: string): Promise<ReviewAssignmentEntity[]> {
    // Every approval reads them: hand-written, like the rest of the request path.
    return ASSIGNMENTS.select(manager, 'WHERE application_id = $1 ORDER BY assigned_at ASC, reviewer ASC', [applicationId]);
  }

  find(manager: EntityManager, applicationId: string, reviewer: string): Promise<ReviewAssignmentEntity | null> {
    return manager.findOne(ReviewAssignmentEntity, { where: { applicationId, reviewer } });
  }

  async insert(manager: EntityManager, row: ReviewAssignmentEntity): Promise<void> {
    await manager.insert(ReviewAssignmentEntity, row as QueryDeepPartialEntity<ReviewAssignmentEntity>);
  }

  async update(manager: EntityManager, id: string, changes: Partial<ReviewAssignmentEntity>): Promise<void> {
    await manager.update(ReviewAssignmentEntity, { id }, changes as QueryDeepPartialEntity<ReviewAssignmentEntity>);
  }
}
