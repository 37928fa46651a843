import { ref } from './common-schemas';

type Json = Record<string, unknown>;

const json = (schema: Json) => ({ 'application/json': { schema } });
const err = (status: string, name: string): Json => ({ [status]: { $ref: `#/components/responses/${name}` } });
const AUTH: Json = { ...err('401', 'Unauthorized'), ...err('403', 'Forbidden'), ...err('500', 'InternalError') };
const ID = { $ref: '#/components/parameters/id' };
const nullable = (schema: Json): Json => ({ anyOf: [schema, { type: 'null' }] });
const time = (description: string): Json => ({ type: ['string', 'null'], format: 'date-time', description });
const year = { type: 'integer', minimum: 2000, maximum: 2100 };
const code = { type: 'string', minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9._-]+$' };
const format = { type: 'string', enum: ['csv', 'xlsx'], default: 'csv' };

/** Schemas of the export-job routes (libs/api-export-jobs). */
export function exportJobSchemas(): Record<string, Json> {
  return {
    ExportJobRequest: {
      oneOf: [
        {
          type: 'object',
          additionalProperties: false,
          required: ['kind', 'measure'],
          description: "A measure's applications, as GET /api/exports/applications.",
          properties: { kind: { const: 'applications' }, measure: code, year, ids: { type: 'array', minItems: 1, maxItems: 100, items: { type: 'string', format: 'uuid' } }, format },
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['kind', 'policy', 'budget', 'year'],
          description: "A budget year's ledger, as GET /api/exports/ledger/{policy}/{budget}/{year}.",
          properties: { kind: { const: 'ledger' }, policy: code, budget: code, year, format },
        },
      ],
    },
    ExportJob: {
      type: 'object',
      required: ['id', 'kind', 'parameters', 'format', 'status', 'reason', 'rowsWritten', 'rowsTotal', 'fileName', 'mediaType', 'size', 'sha256', 'createdAt', 'startedAt', 'finishedAt', 'expiresAt'],
      properties: {
        id: { type: 'string', format: 'uuid' },
        kind: { type: 'string', enum: ['applications', 'ledger'] },
        parameters: { type: 'object', description: 'The parameters asked for, without kind and format.' },
        format: { type: 'string', enum: ['csv', 'xlsx'] },
        status: { type: 'string', enum: ['queued', 'running', 'done', 'failed', 'expired'] },
        reason: { ...nullable(ref('Label')), description: 'Why it failed, in both languages, saying what to do.' },
        rowsWritten: { type: 'integer', minimum: 0 },
        rowsTotal: { type: ['integer', 'null'], minimum: 0, description: 'Counted when the job starts.' },
        fileName: { type: ['string', 'null'] },
        mediaType: { type: ['string', 'null'] },
        size: { type: ['integer', 'null'], minimum: 0, description: 'Bytes.' },
        sha256: { type: ['string', 'null'] },
        createdAt: { type: 'string', format: 'date-time' },
        startedAt: time('When a worker first took it.'),
        finishedAt: time('Done or failed.'),
        expiresAt: time('When the file is removed (PIONEER_EXPORT_KEEP_DAYS after it was done).'),
      },
    },
    ExportJobPage: { type: 'object', required: ['data', 'total'], properties: { data: { type: 'array', items: ref('ExportJob') }, total: { type: 'integer', minimum: 0 } } },
  };
}

/** `/api/export-jobs`: exports as background jobs, for files too large to stream in one request. */
export function exportJobPaths(): Record<string, Json> {
  const tags = ['lifecycle'];
  const file = { schema: { type: 'string', format: 'binary' } };
  return {
    '/api/export-jobs': {
      post: {
        operationId: 'startExportJob',
        tags,
        summary: 'Start an export in the background (any API process runs it); follow it, then download its file',
        description:
          'Checked and counted as the GET export of the same kind (unknown measure, more rows than PIONEER_EXPORT_MAX_ROWS: 400), then queued. The file equals what the GET route streams for the same parameters, read from one snapshot. At most PIONEER_EXPORT_JOBS_PER_USER jobs queued or running per user (429).',
        requestBody: { required: true, content: json(ref('ExportJobRequest')) },
        responses: {
          '202': { description: 'Queued.', content: json(ref('ExportJob')) },
          ...err('400', 'BadRequest'),
          '429': { description: 'Too many of your export jobs are queued or running: wait for one to finish.', content: json(ref('Error')) },
          ...AUTH,
        },
      },
      get: {
        operationId: 'exportJobs',
        tags,
        summary: "The caller's own export jobs, newest first",
        parameters: [{ $ref: '#/components/parameters/page' }, { $ref: '#/components/parameters/perPage' }],
        responses: { '200': { description: 'A page.', content: json(ref('ExportJobPage')) }, ...err('400', 'BadRequest'), ...AUTH },
      },
    },
    '/api/export-jobs/{id}': {
      get: { operationId: 'exportJob', tags, summary: 'One of your export jobs: status and progress', parameters: [ID], responses: { '200': { description: 'The job.', content: json(ref('ExportJob')) }, ...err('404', 'NotFound'), ...AUTH } },
    },
    '/api/export-jobs/{id}/file': {
      get: {
        operationId: 'exportJobFile',
        tags,
        summary: "A done export job's file (as often as wanted until it expires)",
        parameters: [ID],
        responses: {
          '200': { description: 'The file.', content: { 'text/csv': file, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': file } },
          ...err('404', 'NotFound'),
          '409': { description: 'Not done yet (follow the job), or failed (its reason).', content: json(ref('Error')) },
          '410': { description: 'Expired: its file was removed; start the export again.', content: json(ref('Error')) },
          ...AUTH,
        },
      },
    },
  };
}
