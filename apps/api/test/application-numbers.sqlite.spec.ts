import { sqliteDatabase } from './support/api-harness';
import { describeApplicationNumbers } from './support/application-numbers-contract';

describeApplicationNumbers('SQLite', async () => sqliteDatabase());
