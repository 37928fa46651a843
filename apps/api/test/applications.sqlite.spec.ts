import { sqliteDatabase } from './support/api-harness';
import { describeApplicationsContract } from './support/applications-contract';

describeApplicationsContract('SQLite', async () => sqliteDatabase());
