import { sqliteDatabase } from './support/api-harness';
import { describeCrossPolicyContract } from './support/cross-policy-contract';

describeCrossPolicyContract('SQLite', async () => sqliteDatabase());
