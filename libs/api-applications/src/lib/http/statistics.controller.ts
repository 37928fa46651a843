import { Controller, Get, Query } from '@nestjs/common';
import { CurrentPrincipal, type Principal, Roles } from '@pioneer/api-core';
import { LIFECYCLE_ROLES as R } from '../lifecycle/lifecycle-roles';
import { StatisticsService } from '../statistics/statistics.service';
import { parseYear } from './year-query.util';

/** The backoffice dashboard's figures for a year: budgets, and applications by status, measure and district. */
@Controller('statistics')
export class StatisticsController {
  constructor(private readonly statistics: StatisticsService) {}

  @Get()
  @Roles(...R.statistics)
  year(@CurrentPrincipal() principal: Principal, @Query('year') year?: string) {
    return this.statistics.year(principal, parseYear(year, this.statistics.currentYear()));
  }
}
