/**
 * @pioneer/api-attachments — evidence files: multipart upload streamed to an AttachmentStorage
 * (the API's database or a folder of one host: PIONEER_ATTACHMENT_STORE), size and media-type
 * limits from the measure's schema, SHA-256 recorded, download for those who may see an
 * application citing the file, and the check of a form's references at submission (a
 * SubmissionCheck).
 */
export { AttachmentsModule } from './lib/attachments.module';
export { AttachmentsService, type AttachmentDownload } from './lib/attachments.service';
export { AttachmentsRepository } from './lib/attachments.repository';
export { ATTACHMENT_ROLES } from './lib/attachment-access';
export { ATTACHMENT_STORAGE, assertStorageKey, StoredContentMissingError, StoredTooLargeError, type AttachmentStorage, type PutHints, type StoredObject } from './lib/attachment-storage';
export { attachmentStorageFor } from './lib/attachment-storage.factory';
export { FileSystemAttachmentStorage } from './lib/file-system-attachment-storage';
export { AttachmentContents1765910000000, CHUNK_BYTES, DatabaseAttachmentStorage } from './lib/database-store';
export { contentMeter, type ContentMeter } from './lib/content-meter.util';
export { attachmentFields, referencesIn, DEFAULT_MAX_BYTES, type AttachmentField, type LocatedReference } from './lib/attachment-fields.util';
export { toRef, type AttachmentRef } from './lib/attachment-ref.dto';
export { configureUploads, largestUpload } from './lib/configure-uploads';
export { contentMatches, canSniff, SNIFF_BYTES } from './lib/sniff-media-type.util';
export { attachmentDisposition } from './lib/content-disposition.util';
export { fileNameProblem } from './lib/file-name.util';
export { PART_LIMITS, receiveUpload, type UploadRules, type ReceivedUpload } from './lib/receive-upload.util';
