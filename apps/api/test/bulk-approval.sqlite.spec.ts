import { sqliteDatabase } from './support/api-harness';
import { describeBulkApprovalContract } from './support/bulk-approval-contract';

describeBulkApprovalContract('SQLite', async () => sqliteDatabase());
