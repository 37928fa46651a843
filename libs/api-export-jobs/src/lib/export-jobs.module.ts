import { Module } from '@nestjs/common';
import { ApplicationsModule, LifecycleModule } from '@pioneer/api-applications';
import { ExportJobsController } from './export-jobs.controller';
import { ExportJobsRepository } from './export-jobs.repository';
import { ExportJobsService } from './export-jobs.service';
import { ExportWorker } from './export-worker.service';

/**
 * Exports as background jobs: the routes, and this process's worker. The files are written by
 * LifecycleModule's ExportsService and kept in the attachment store (AttachmentsModule, global).
 */
@Module({
  imports: [ApplicationsModule, LifecycleModule],
  controllers: [ExportJobsController],
  providers: [ExportJobsRepository, ExportJobsService, ExportWorker],
  exports: [ExportWorker],
})
export class ExportJobsModule {}
