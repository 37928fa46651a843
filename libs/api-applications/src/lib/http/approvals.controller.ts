import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CurrentPrincipal, type Principal, Roles } from '@pioneer/api-core';
import { BulkApprovalService } from '../approval/bulk-approval.service';
import { LIFECYCLE_ROLES as R } from '../lifecycle/lifecycle-roles';

/** Approvals of many applications at once (a review committee's list), in the order given. */
@Controller('approvals')
export class ApprovalsController {
  constructor(private readonly bulk: BulkApprovalService) {}

  /** 200 with one result per id, approved or refused with the single route's error; 400 for a bad list, nothing approved. */
  @Post()
  @HttpCode(200)
  @Roles(...R.bulkApprove)
  approve(@CurrentPrincipal() principal: Principal, @Body() body: unknown) {
    return this.bulk.approve(principal, body);
  }
}
