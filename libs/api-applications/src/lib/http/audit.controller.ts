import { Controller, Get, Query } from '@nestjs/common';
import { AuditService, DatabaseService, Roles } from '@pioneer/api-core';
import { ApplicationsRepository } from '../applications.repository';
import { LIFECYCLE_ROLES as R } from '../lifecycle/lifecycle-roles';
import { parsePage } from './page-query.util';

/** The audit log itself: its events, newest first, and whether its hash chain is intact (as `npx pioneer audit verify` says). */
@Controller('audit')
export class AuditController {
  constructor(
    private readonly audit: AuditService,
    private readonly db: DatabaseService,
    private readonly applications: ApplicationsRepository,
  ) {}

  @Get('verify')
  @Roles(...R.verifyAudit)
  verify() {
    return this.db.read((manager) => this.audit.verify(manager));
  }

  @Get('events')
  @Roles(...R.verifyAudit)
  async events(@Query('page') page?: string, @Query('perPage') perPage?: string) {
    const { events, total } = await this.db.read((manager) => this.audit.page(manager, parsePage(page, 1, 1_000_000, 'page'), parsePage(perPage, 50, 200, 'perPage')));
    // An application's events show its readable number, as the rest of the backoffice does.
    const applicationIds = events.filter((e) => e.entityType === 'application').map((e) => e.entityId);
    const numbers = await this.db.read((manager) => this.applications.numbersOf(manager, applicationIds));
    return {
      data: events.map(({ seq, at, actor, role, action, entityType, entityId, details }) => ({
        seq,
        at,
        actor,
        role,
        action,
        entityType,
        entityId,
        applicationNumber: entityType === 'application' ? (numbers.get(entityId) ?? null) : null,
        details,
      })),
      total,
    };
  }
}
