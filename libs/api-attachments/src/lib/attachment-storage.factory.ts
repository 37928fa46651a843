import type { ApiConfig, DatabaseService } from '@pioneer/api-core';
import type { AttachmentStorage } from './attachment-storage';
import { DatabaseAttachmentStorage } from './database-store';
import { FileSystemAttachmentStorage } from './file-system-attachment-storage';

/** The store PIONEER_ATTACHMENT_STORE names: the API's database, or a folder of this host. */
export function attachmentStorageFor(config: Pick<ApiConfig, 'attachmentStore' | 'attachmentsDir'>, db: DatabaseService): AttachmentStorage {
  return config.attachmentStore === 'database' ? new DatabaseAttachmentStorage(db) : new FileSystemAttachmentStorage(config.attachmentsDir);
}
