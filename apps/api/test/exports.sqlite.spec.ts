import { sqliteDatabase } from './support/api-harness';
import { describeExportsContract } from './support/exports-contract';

describeExportsContract('SQLite', async () => sqliteDatabase());
