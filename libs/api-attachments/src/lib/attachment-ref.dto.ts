import type { AttachmentEntity } from '@pioneer/api-core';

/**
 * What a form stores for an uploaded file (`schemas/common/attachment.json`), and what an upload
 * answers: the form cites the file by id and keeps its checksum and size, so a later change to
 * the file is detectable.
 */
export interface AttachmentRef {
  id: string;
  name: string;
  sha256: string;
  mediaType: string;
  size: number;
}

export const toRef = (row: AttachmentEntity): AttachmentRef => ({ id: row.id, name: row.name, sha256: row.sha256, mediaType: row.mediaType, size: row.size });
