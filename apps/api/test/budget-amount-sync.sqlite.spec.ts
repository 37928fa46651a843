import { sqliteDatabase } from './support/api-harness';
import { describeBudgetAmountSync } from './support/budget-amount-sync-contract';

describeBudgetAmountSync('one SQLite file', async () => sqliteDatabase());
