import { sqliteDatabase } from './support/api-harness';
import { describeLifecycleContract } from './support/lifecycle-contract';

describeLifecycleContract('SQLite', async () => sqliteDatabase());
