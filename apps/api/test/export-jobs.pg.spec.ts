import { postgresDatabase } from './support/api-harness';
import { describeExportJobs } from './support/export-jobs-contract';
import { describeExportJobsAcrossProcesses } from './support/export-jobs-processes-contract';

const url = process.env.TEST_DATABASE_URL;
if (!url) throw new Error('TEST_DATABASE_URL is not set: this suite needs PostgreSQL (e.g. postgres://postgres@127.0.0.1:5432/test); npm test skips *.pg.spec.ts without it');

describeExportJobs('PostgreSQL', () => postgresDatabase(url));
describeExportJobsAcrossProcesses('PostgreSQL', () => postgresDatabase(url));
