import { Inject, Injectable } from '@nestjs/common';
import { API_CONFIG, type ApiConfig, DatabaseService, type Principal } from '@pioneer/api-core';
import { scopeOf } from '../application-access';
import { type BudgetYearView, BudgetLedgerService } from '../budget/budget-ledger.service';
import { LIFECYCLE_ROLES } from '../lifecycle/lifecycle-roles';
import { type GroupCount, StatisticsRepository } from './statistics.repository';
import { yearBounds } from './year-bounds.util';

/** What the dashboard shows for a year, within what the caller may see. */
export interface YearStatistics {
  year: number;
  /** The annual budgets with committed and paid (P2); empty for roles that may not read budgets. */
  budgets: BudgetYearView[];
  /** Applications submitted in the year (drafts by creation), grouped three ways; money in fen. */
  byStatus: GroupCount[];
  byMeasure: GroupCount[];
  /** `key` null: an application whose form names no district. */
  byDistrict: GroupCount[];
  totals: { count: number; committed: number; paid: number };
}

/**
 * The dashboard's figures. Counts are scoped like every read (a district officer counts its
 * district only); the budgets are city-wide, so only the roles that may read them get them.
 */
@Injectable()
export class StatisticsService {
  constructor(
    private readonly db: DatabaseService,
    private readonly repository: StatisticsRepository,
    private readonly budgets: BudgetLedgerService,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  currentYear(): number {
    return this.budgets.currentYear();
  }

  async year(principal: Principal, year: number): Promise<YearStatistics> {
    const scope = scopeOf(principal);
    const period = yearBounds(year, this.config.timeZone);
    const [byStatus, byMeasure, byDistrict] = await this.db.read((manager) =>
      Promise.all([this.repository.groups(manager, 'status', scope, period), this.repository.groups(manager, 'measure', scope, period), this.repository.groups(manager, 'district', scope, period)]),
    );
    const mayReadBudgets = (LIFECYCLE_ROLES.budgets as readonly string[]).includes(principal.role);
    const totals = byStatus.reduce((sum, g) => ({ count: sum.count + g.count, committed: sum.committed + g.committed, paid: sum.paid + g.paid }), { count: 0, committed: 0, paid: 0 });
    return { year, budgets: mayReadBudgets ? await this.budgets.year(year) : [], byStatus, byMeasure, byDistrict, totals };
  }
}
