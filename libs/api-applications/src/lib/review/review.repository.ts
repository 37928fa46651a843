import { Injectable } from '@nestjs/common';
import { ReviewAssignmentEntity } from '@pioneer/api-core';
import type { EntityManager, QueryDeepPartialEntity } from 'typeorm';

/** The review assignments table's queries. */
@Injectable()
export class ReviewRepository {
  forApplication(manager: EntityManager, applicationId: string): Promise<ReviewAssignmentEntity[]> {
    return manager.find(ReviewAssignmentEntity, { where: { applicationId }, order: { assignedAt: 'ASC', reviewer: 'ASC' } });
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
