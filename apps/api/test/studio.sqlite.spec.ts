import { sqliteDatabase } from './support/api-harness';
import { describeStudioContract, describeStudioRefusals } from './support/studio-contract';

describeStudioContract('SQLite', async () => sqliteDatabase());
describeStudioRefusals('SQLite', async () => sqliteDatabase());
