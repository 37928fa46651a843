import { sqliteDatabase } from './support/api-harness';
import { describeHostileUploads } from './support/hostile-upload-contract';

describe('hostile uploads on SQLite', () => describeHostileUploads('SQLite', async () => sqliteDatabase()));
