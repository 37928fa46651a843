import { Global, Inject, Module, type OnModuleInit } from '@nestjs/common';
import { PolicyRegistry } from '@pioneer/api-applications';
import { API_CONFIG, type ApiConfig, SUBMISSION_CHECKS } from '@pioneer/api-core';
import { AttachmentReferencesCheck } from './attachment-references.check';
import { ATTACHMENT_STORAGE, type AttachmentStorage } from './attachment-storage';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsRepository } from './attachments.repository';
import { AttachmentsService } from './attachments.service';
import { FileSystemAttachmentStorage } from './file-system-attachment-storage';

/** Partial uploads older than this were left by a process that died mid-upload. */
const STALE_PARTIAL_MS = 60 * 60 * 1000;

/**
 * Attachments: the upload and download routes, the file store (a folder unless another
 * AttachmentStorage is provided), and the submission check every submit runs. Global so the
 * applications feature finds SUBMISSION_CHECKS without depending on this lib.
 */
@Global()
@Module({
  controllers: [AttachmentsController],
  providers: [
    { provide: PolicyRegistry, useFactory: () => PolicyRegistry.shared() },
    { provide: ATTACHMENT_STORAGE, inject: [API_CONFIG], useFactory: (config: ApiConfig) => new FileSystemAttachmentStorage(config.attachmentsDir) },
    AttachmentsRepository,
    AttachmentsService,
    AttachmentReferencesCheck,
    { provide: SUBMISSION_CHECKS, inject: [AttachmentReferencesCheck], useFactory: (check: AttachmentReferencesCheck) => [check] },
  ],
  exports: [AttachmentsService, ATTACHMENT_STORAGE, SUBMISSION_CHECKS],
})
export class AttachmentsModule implements OnModuleInit {
  constructor(@Inject(ATTACHMENT_STORAGE) private readonly storage: AttachmentStorage) {}

  async onModuleInit(): Promise<void> {
    if (this.storage instanceof FileSystemAttachmentStorage) await this.storage.sweepPartials(STALE_PARTIAL_MS);
  }
}
