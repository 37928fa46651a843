import { sqliteDatabase } from './support/api-harness';
import { describeDurability } from './support/durability-contract';

describe('durability on SQLite', () => describeDurability('SQLite', async () => sqliteDatabase()));
