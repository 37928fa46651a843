import { sqliteDatabase } from './support/api-harness';
import { describeStudioNewMeasure } from './support/studio-new-measure-contract';

describeStudioNewMeasure('SQLite', async () => sqliteDatabase());
