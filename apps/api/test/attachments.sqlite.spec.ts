import { sqliteDatabase } from './support/api-harness';
import { describeAttachmentsContract } from './support/attachments-contract';

describeAttachmentsContract('SQLite', async () => sqliteDatabase());
