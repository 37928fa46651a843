import { sqliteDatabase } from './support/api-harness';
import { describeExportJobs } from './support/export-jobs-contract';
import { describeExportJobsAcrossProcesses } from './support/export-jobs-processes-contract';

describeExportJobs('SQLite', async () => sqliteDatabase());
describeExportJobsAcrossProcesses('one SQLite file', async () => sqliteDatabase());
