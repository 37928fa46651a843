/**
 * @pioneer/api-export-jobs — exports as background jobs, off the request path and across API
 * processes: queued by `POST /api/export-jobs`, claimed atomically by one worker of any process,
 * written from one snapshot page by page with progress, stored in the attachment store (any
 * process serves the file), fetched again until they expire.
 */
import { registerFeatureMigrations } from '@pioneer/api-core';
import { ExportJobs1766000000000 } from './lib/1766000000000-export-jobs.migration';

registerFeatureMigrations(ExportJobs1766000000000);

export { ExportJobsModule } from './lib/export-jobs.module';
export { ExportWorker } from './lib/export-worker.service';
export { ExportJobsService } from './lib/export-jobs.service';
export { EXPORT_JOB_STATUSES, type ExportJobStatus, type ExportJobView } from './lib/export-job.dto';
export { ExportJobs1766000000000 };
