import { sqliteDatabase } from './support/api-harness';
import { describeStatisticsContract } from './support/statistics-contract';

describeStatisticsContract('SQLite', async () => sqliteDatabase());
