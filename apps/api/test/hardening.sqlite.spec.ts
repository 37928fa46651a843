import { sqliteDatabase } from './support/api-harness';
import { describeHardeningContract } from './support/hardening-contract';

describeHardeningContract('SQLite', async () => sqliteDatabase());
