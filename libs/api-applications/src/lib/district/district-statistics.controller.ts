import { Controller, Get, Query } from '@nestjs/common';
import { CurrentPrincipal, type Principal, Roles } from '@pioneer/api-core';
import { DistrictStatisticsService } from './district-statistics.service';

/** A district's numbers, for its portal (district API key) and its officers. */
@Controller('district')
export class DistrictStatisticsController {
  constructor(private readonly statistics: DistrictStatisticsService) {}

  /** `GET /api/district/statistics`: submitted applications of the district by measure and status, amounts in fen. */
  @Get('statistics')
  @Roles('admin', 'district-officer')
  get(@CurrentPrincipal() principal: Principal, @Query('district') district?: string) {
    return this.statistics.of(this.statistics.districtFor(principal, district));
  }
}
