import { sqliteDatabase } from './support/api-harness';
import { describeAttachmentsContract } from './support/attachments-contract';

// SQLite defaults to the files store; the database store must keep the same contract there.
describeAttachmentsContract('SQLite', async () => sqliteDatabase(), 'database');
