import { Controller, Get, Param, Query } from '@nestjs/common';
import { DatabaseService, Roles } from '@pioneer/api-core';
import { ApplicationsRepository } from '../applications.repository';
import { BudgetLedgerRepository } from '../budget/budget-ledger.repository';
import { BudgetLedgerService } from '../budget/budget-ledger.service';
import { LIFECYCLE_ROLES as R } from '../lifecycle/lifecycle-roles';
import { parsePage } from './page-query.util';
import { parseYear } from './year-query.util';

/** The annual budgets (P2): committed and paid against each, and each ledger's entries. */
@Controller('budgets')
export class BudgetsController {
  constructor(
    private readonly budgets: BudgetLedgerService,
    private readonly ledgers: BudgetLedgerRepository,
    private readonly db: DatabaseService,
    private readonly applications: ApplicationsRepository,
  ) {}

  @Get()
  @Roles(...R.budgets)
  year(@Query('year') year?: string) {
    return this.budgets.year(parseYear(year, this.budgets.currentYear()));
  }

  @Get(':policy/:budget/:year/entries')
  @Roles(...R.ledger)
  async entries(@Param('policy') policy: string, @Param('budget') budget: string, @Param('year') year: string, @Query('page') page?: string, @Query('perPage') perPage?: string) {
    const y = parseYear(year, 0);
    const ledger = await this.db.read((manager) => this.ledgers.find(manager, policy.slice(0, 100), budget.slice(0, 100), y));
    if (!ledger) return { data: [], total: 0 };
    const [rows, total] = await this.db.read((manager) => this.ledgers.entries(manager, ledger.id, parsePage(page, 1, 1_000_000, 'page'), parsePage(perPage, 50, 200, 'perPage')));
    // People read the readable number; the id stays for links.
    const numbers = await this.db.read((manager) => this.applications.numbersOf(manager, rows.map((row) => row.applicationId)));
    return {
      data: rows.map(({ applicationId, kind, amount, at, actor, reference }) => ({ applicationId, applicationNumber: numbers.get(applicationId) ?? null, kind, amount, at, actor, reference })),
      total,
    };
  }
}
