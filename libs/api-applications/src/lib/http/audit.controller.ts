import { Controller, Get } from '@nestjs/common';
import { AuditService, DatabaseService, Roles } from '@pioneer/api-core';
import { LIFECYCLE_ROLES as R } from '../lifecycle/lifecycle-roles';

/** The audit log's own state: whether its hash chain is intact (as `npx pioneer audit verify` says). */
@Controller('audit')
export class AuditController {
  constructor(
    private readonly audit: AuditService,
    private readonly db: DatabaseService,
  ) {}

  @Get('verify')
  @Roles(...R.verifyAudit)
  verify() {
    return this.db.read((manager) => this.audit.verify(manager));
  }
}
