import { Inject, Injectable } from '@nestjs/common';
import { API_CONFIG, type ApiConfig, DatabaseService, type Principal } from '@pioneer/api-core';
import type { Label } from '@pioneer/engine';
import { scopeOf } from '../application-access';
import { type BudgetYearView, BudgetLedgerService } from '../budget/budget-ledger.service';
import { LIFECYCLE_ROLES } from '../lifecycle/lifecycle-roles';
import { PolicyRegistry } from '../policy-registry.service';
import { districtLabel } from './statistics-district.util';
import { type GroupCount, StatisticsRepository } from './statistics.repository';
import { yearBounds } from './year-bounds.util';

/** A group with its name for people: a measure's, a district's. */
export type NamedGroupCount = GroupCount & { label: Label };

/**
 * What `GET /api/statistics` answers for a year, within what the caller may see: the backoffice
 * dashboard, a district's portal (its API key) and district officers read this one shape.
 */
export interface YearStatistics {
  year: number;
  /** The district the figures are limited to (a district key's or officer's own; `?district=` for staff), else null. */
  district: { code: string; label: Label } | null;
  /** The annual budgets with committed and paid (P2), city-wide; empty for roles that may not read budgets. */
  budgets: BudgetYearView[];
  /** Applications submitted in the year (drafts by creation, for admins), grouped three ways; money in fen. */
  byStatus: GroupCount[];
  byMeasure: NamedGroupCount[];
  /** `key` null: an application whose form names no district. */
  byDistrict: NamedGroupCount[];
  totals: { count: number; committed: number; paid: number };
}

/**
 * The figures of every statistics caller. Counts are scoped like every read (a district officer
 * or district key counts its district only) and may be limited to one district; the budgets are
 * city-wide, so only the roles that may read them get them.
 */
@Injectable()
export class StatisticsService {
  constructor(
    private readonly db: DatabaseService,
    private readonly repository: StatisticsRepository,
    private readonly budgets: BudgetLedgerService,
    private readonly policies: PolicyRegistry,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  currentYear(): number {
    return this.budgets.currentYear();
  }

  /** `district`: already checked against what the caller may read (statisticsDistrict). */
  async year(principal: Principal, year: number, district?: string): Promise<YearStatistics> {
    const scope = { ...scopeOf(principal), ...(district === undefined ? {} : { district }) };
    const period = yearBounds(year, this.config.timeZone);
    const [byStatus, byMeasure, byDistrict] = await this.db.read((manager) =>
      Promise.all([this.repository.groups(manager, 'status', scope, period), this.repository.groups(manager, 'measure', scope, period), this.repository.groups(manager, 'district', scope, period)]),
    );
    const mayReadBudgets = (LIFECYCLE_ROLES.budgets as readonly string[]).includes(principal.role);
    const totals = byStatus.reduce((sum, g) => ({ count: sum.count + g.count, committed: sum.committed + g.committed, paid: sum.paid + g.paid }), { count: 0, committed: 0, paid: 0 });
    return {
      year,
      district: district === undefined ? null : { code: district, label: districtLabel(district) },
      budgets: mayReadBudgets ? await this.budgets.year(year) : [],
      byStatus,
      byMeasure: byMeasure.map((g) => ({ ...g, label: this.measureName(String(g.key)) })),
      byDistrict: byDistrict.map((g) => ({ ...g, label: g.key === null ? NO_DISTRICT : districtLabel(g.key) })),
      totals,
    };
  }

  /** A measure's name; its code for applications of a measure no longer served. */
  private measureName(code: string): Label {
    return this.policies.all().some((p) => p.measures.has(code)) ? this.policies.measure(code).info.name : { 'zh-CN': code, en: code };
  }
}

const NO_DISTRICT: Label = { 'zh-CN': '未填写区', en: 'No district given' };
