import { sqliteDatabase } from './support/api-harness';
import { describeIdentityContract } from './support/identity-contract';

describeIdentityContract('SQLite', async () => sqliteDatabase());
