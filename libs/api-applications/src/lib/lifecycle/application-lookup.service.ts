import { Injectable } from '@nestjs/common';
import { type ApplicationEntity, DatabaseService, Errors, type Principal } from '@pioneer/api-core';
import type { EntityManager } from 'typeorm';
import { scopeOf } from '../application-access';
import { ApplicationsRepository } from '../applications.repository';
import { isApplicationId } from '../request-input.util';

const APPLICATION = { 'zh-CN': '该申请', en: 'Application' };

/**
 * Finds an application by id for the lifecycle routes (`/api/applications/:id/…`), within what
 * the caller may see: anything else is simply not found.
 */
@Injectable()
export class ApplicationLookup {
  constructor(
    private readonly db: DatabaseService,
    private readonly repo: ApplicationsRepository,
  ) {}

  async visible(principal: Principal, id: string): Promise<ApplicationEntity> {
    const row = isApplicationId(id) ? await this.db.read((manager) => this.repo.findVisible(manager, undefined, id.toLowerCase(), scopeOf(principal))) : null;
    if (!row) throw Errors.notFound(APPLICATION);
    return row;
  }

  /**
   * Inside a write: the row, locked until the commit on PostgreSQL (SQLite's writes are
   * serialised), so decisions that read more than the row itself — reviews counting scores, an
   * approval reading the budget — see every earlier one.
   */
  async forUpdate(manager: EntityManager, principal: Principal, id: string): Promise<ApplicationEntity> {
    const row = isApplicationId(id) ? await this.repo.findVisible(manager, undefined, id.toLowerCase(), scopeOf(principal), true) : null;
    if (!row) throw Errors.notFound(APPLICATION);
    return row;
  }
}
