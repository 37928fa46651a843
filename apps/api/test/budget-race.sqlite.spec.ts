import { sqliteDatabase } from './support/api-harness';
import { describeBudgetRace } from './support/budget-race-contract';

describeBudgetRace('one SQLite file', async () => sqliteDatabase());
