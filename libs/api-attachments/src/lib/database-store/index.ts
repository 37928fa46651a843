import { registerFeatureMigrations } from '@pioneer/api-core';
import { AttachmentContents1765910000000 } from './1765910000000-attachment-contents.migration';

registerFeatureMigrations(AttachmentContents1765910000000);

export { DatabaseAttachmentStorage, CHUNK_BYTES } from './database-attachment-storage';
export { AttachmentContents1765910000000 };
