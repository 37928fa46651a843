import { sqliteDatabase } from './support/api-harness';
import { describeQueryPlans } from './support/query-plan-contract';

describe('request-path queries on SQLite', () => describeQueryPlans('SQLite', async () => sqliteDatabase()));
