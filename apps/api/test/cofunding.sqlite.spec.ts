import { sqliteDatabase } from './support/api-harness';
import { describeCofunding } from './support/cofunding-contract';

describeCofunding('one SQLite file', async () => sqliteDatabase());
