import { sqliteDatabase } from './support/api-harness';
import { describeStudioWhatIfHistory } from './support/studio-history-contract';

describeStudioWhatIfHistory('SQLite', async () => sqliteDatabase());
