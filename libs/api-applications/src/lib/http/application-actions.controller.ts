import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { AuditService, CurrentPrincipal, DatabaseService, type Principal, Roles } from '@pioneer/api-core';
import { toRecord, type ApplicationRecord } from '../application-record.dto';
import { ApprovalService } from '../approval/approval.service';
import { PaymentService } from '../approval/payment.service';
import { WithdrawalService } from '../approval/withdrawal.service';
import { ApplicationLookup } from '../lifecycle/application-lookup.service';
import { LIFECYCLE_ROLES as R } from '../lifecycle/lifecycle-roles';
import { ReviewService } from '../review/review.service';

/**
 * The lifecycle of any application after submission, by id: review, approval, payment,
 * withdrawal, its audit trail. Thin: one call into the stage's service, then the application as
 * it now stands.
 */
@Controller('applications/:id')
export class ApplicationActionsController {
  constructor(
    private readonly lookup: ApplicationLookup,
    private readonly review: ReviewService,
    private readonly approval: ApprovalService,
    private readonly payments: PaymentService,
    private readonly withdrawal: WithdrawalService,
    private readonly db: DatabaseService,
    private readonly audit: AuditService,
  ) {}

  private async current(principal: Principal, id: string): Promise<ApplicationRecord> {
    return toRecord(await this.lookup.visible(principal, id));
  }

  @Get()
  @Roles(...R.read)
  get(@CurrentPrincipal() principal: Principal, @Param('id') id: string) {
    return this.current(principal, id);
  }

  @Get('audit')
  @Roles(...R.audit)
  async trail(@CurrentPrincipal() principal: Principal, @Param('id') id: string) {
    const row = await this.lookup.visible(principal, id);
    const events = await this.db.read((manager) => this.audit.trail(manager, 'application', row.id));
    return events.map(({ seq, at, actor, role, action, details }) => ({ seq, at, actor, role, action, details }));
  }

  @Get('review')
  @Roles(...R.review)
  assignments(@CurrentPrincipal() principal: Principal, @Param('id') id: string) {
    return this.review.assignments(principal, id);
  }

  @Post('reviewers')
  @HttpCode(200)
  @Roles(...R.assign)
  assign(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() body: unknown) {
    return this.review.assign(principal, id, body);
  }

  @Post('conflict-declaration')
  @HttpCode(200)
  @Roles(...R.declare)
  declare(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() body: unknown) {
    return this.review.declare(principal, id, body);
  }

  @Post('scores')
  @HttpCode(200)
  @Roles(...R.score)
  score(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() body: unknown) {
    return this.review.score(principal, id, body);
  }

  @Post('recommendation')
  @HttpCode(200)
  @Roles(...R.recommend)
  async recommend(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() body: unknown) {
    await this.review.recommend(principal, id, body);
    return this.current(principal, id);
  }

  @Post('return')
  @HttpCode(200)
  @Roles(...R.return)
  async return(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() body: unknown) {
    await this.review.return(principal, id, body);
    return this.current(principal, id);
  }

  @Post('approve')
  @HttpCode(200)
  @Roles(...R.approve)
  async approve(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() body: unknown) {
    return toRecord(await this.approval.approve(principal, id, body));
  }

  @Post('reject')
  @HttpCode(200)
  @Roles(...R.reject)
  async reject(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() body: unknown) {
    await this.approval.reject(principal, id, body);
    return this.current(principal, id);
  }

  @Post('revoke')
  @HttpCode(200)
  @Roles(...R.revoke)
  async revoke(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() body: unknown) {
    await this.approval.revoke(principal, id, body);
    return this.current(principal, id);
  }

  @Post('payments')
  @HttpCode(200)
  @Roles(...R.pay)
  async pay(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() body: unknown) {
    return toRecord(await this.payments.pay(principal, id, body));
  }

  @Post('withdraw')
  @HttpCode(200)
  @Roles(...R.withdraw)
  async withdraw(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() body: unknown) {
    await this.withdrawal.withdraw(principal, id, body);
    return this.current(principal, id);
  }
}
