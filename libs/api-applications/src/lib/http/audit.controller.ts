import { Controller, Get, Query } from '@nestjs/common';
import { AuditService, Clock, DatabaseService, Roles } from '@pioneer/api-core';
import { ApplicationsRepository } from '../applications.repository';
import { LIFECYCLE_ROLES as R } from '../lifecycle/lifecycle-roles';
import { auditLogFilter, parseAuditQuery } from './audit-query.util';

/** The audit log itself: its events, newest first, and whether its hash chain is intact (as `npx pioneer audit verify` says). */
@Controller('audit')
export class AuditController {
  constructor(
    private readonly audit: AuditService,
    private readonly db: DatabaseService,
    private readonly applications: ApplicationsRepository,
    private readonly clock: Clock,
  ) {}

  @Get('verify')
  @Roles(...R.verifyAudit)
  verify() {
    return this.db.read((manager) => this.audit.verify(manager));
  }

  /** A page of the log, newest first, narrowed by `action`, `actor`, `entity` (an application's number or any id) and `from`/`to` days. */
  @Get('events')
  @Roles(...R.verifyAudit)
  async events(@Query() raw?: Record<string, unknown>) {
    const query = parseAuditQuery(raw);
    const { events, total } = await this.db.read(async (manager) => {
      const applicationId = query.entity === undefined ? null : await this.applications.idOfNumber(manager, query.entity);
      return this.audit.page(manager, query.page, query.perPage, auditLogFilter(query, applicationId, (day) => this.clock.startOf(day)));
    });
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
