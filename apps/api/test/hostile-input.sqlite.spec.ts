import { sqliteDatabase } from './support/api-harness';
import { describeHostileInput } from './support/hostile-input-contract';

describe('hostile input on SQLite', () => describeHostileInput('SQLite', async () => sqliteDatabase()));
