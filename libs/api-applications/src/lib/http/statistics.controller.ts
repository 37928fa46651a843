import { Controller, Get, Query } from '@nestjs/common';
import { CurrentPrincipal, type Principal, Roles } from '@pioneer/api-core';
import { LIFECYCLE_ROLES as R } from '../lifecycle/lifecycle-roles';
import { statisticsDistrict } from '../statistics/statistics-district.util';
import { StatisticsService } from '../statistics/statistics.service';
import { parseYear } from './year-query.util';

/**
 * `GET /api/statistics?year=&district=`: a year's figures (budgets, applications by status,
 * measure and district) for the backoffice dashboard, district portals (district API keys) and
 * district officers, each within its scope.
 */
@Controller('statistics')
export class StatisticsController {
  constructor(private readonly statistics: StatisticsService) {}

  @Get()
  @Roles(...R.statistics)
  year(@CurrentPrincipal() principal: Principal, @Query('year') year?: string, @Query('district') district?: string) {
    return this.statistics.year(principal, parseYear(year, this.statistics.currentYear()), statisticsDistrict(principal, district));
  }
}
