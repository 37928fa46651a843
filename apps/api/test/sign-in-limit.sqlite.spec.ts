import { sqliteDatabase } from './support/api-harness';
import { describeSharedSignInLimit } from './support/sign-in-limit-contract';

describeSharedSignInLimit('one SQLite file', async () => sqliteDatabase());
