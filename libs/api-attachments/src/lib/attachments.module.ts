import { Global, Inject, Logger, Module, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { PolicyRegistry } from '@pioneer/api-applications';
import { API_CONFIG, DatabaseService, SUBMISSION_CHECKS } from '@pioneer/api-core';
import { AttachmentReferencesCheck } from './attachment-references.check';
import { ATTACHMENT_STORAGE, type AttachmentStorage } from './attachment-storage';
import { attachmentStorageFor } from './attachment-storage.factory';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsRepository } from './attachments.repository';
import { AttachmentsService } from './attachments.service';

/**
 * Partial uploads older than this were left by a process that died mid-upload: an upload takes
 * at most PIONEER_REQUEST_TIMEOUT_MS (10 minutes at most), so a younger one may be in progress.
 */
const STALE_PARTIAL_MS = 60 * 60 * 1000;

/**
 * How often partial uploads are swept besides at start: a process restarted after a crash finds
 * its own leftovers still young, and replicas may run for weeks without a restart.
 */
const SWEEP_EVERY_MS = 15 * 60 * 1000;

/**
 * Attachments: the upload and download routes, the store PIONEER_ATTACHMENT_STORE names (the
 * API's database, or a folder of this host), and the submission check every submit runs. Global
 * so the applications feature finds SUBMISSION_CHECKS without depending on this lib.
 */
@Global()
@Module({
  controllers: [AttachmentsController],
  providers: [
    { provide: PolicyRegistry, useFactory: () => PolicyRegistry.shared() },
    { provide: ATTACHMENT_STORAGE, inject: [API_CONFIG, DatabaseService], useFactory: attachmentStorageFor },
    AttachmentsRepository,
    AttachmentsService,
    AttachmentReferencesCheck,
    { provide: SUBMISSION_CHECKS, inject: [AttachmentReferencesCheck], useFactory: (check: AttachmentReferencesCheck) => [check] },
  ],
  exports: [AttachmentsService, ATTACHMENT_STORAGE, SUBMISSION_CHECKS],
})
export class AttachmentsModule implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Attachments');
  private sweeper?: NodeJS.Timeout;

  constructor(@Inject(ATTACHMENT_STORAGE) private readonly storage: AttachmentStorage) {}

  async onModuleInit(): Promise<void> {
    await this.sweep();
    // Unref'd: the timer never keeps a process alive that is otherwise done.
    this.sweeper = setInterval(() => void this.sweep(), SWEEP_EVERY_MS).unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.sweeper);
  }

  private async sweep(): Promise<void> {
    const removed = await this.storage.sweepPartials?.(STALE_PARTIAL_MS).catch((error: Error) => this.logger.error(`sweeping partial uploads failed: ${error.message}`));
    if (removed) this.logger.log(`removed ${removed} partial upload(s) left by a process that stopped mid-upload`);
  }
}
