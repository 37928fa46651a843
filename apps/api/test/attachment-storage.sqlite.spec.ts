import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FileSystemAttachmentStorage } from '@pioneer/api-attachments';
import { sqliteDatabase } from './support/api-harness';
import { describeStorageContract } from './support/attachment-storage-contract';
import { describeDatabaseStore } from './support/database-store-checks';
import { filesUnder } from './support/multipart';

describeStorageContract('FileSystemAttachmentStorage', async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'pioneer-store-contract-'));
  const partials = path.join(root, '.partial');
  return {
    storage: new FileSystemAttachmentStorage(root),
    kept: async () => filesUnder(root),
    written: async () => filesUnder(partials).reduce((bytes, name) => bytes + statSync(path.join(partials, name)).size, 0),
    close: async () => rmSync(root, { recursive: true, force: true }),
  };
});

describeDatabaseStore('SQLite', async () => sqliteDatabase());
