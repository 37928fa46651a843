import { postgresDatabase } from './support/api-harness';
import { describeBudgetAmountSync } from './support/budget-amount-sync-contract';

const url = process.env.TEST_DATABASE_URL;
if (!url) throw new Error('TEST_DATABASE_URL is not set: this suite needs PostgreSQL (e.g. postgres://postgres@127.0.0.1:5432/test); npm test skips *.pg.spec.ts without it');

describeBudgetAmountSync('one PostgreSQL database', () => postgresDatabase(url));
