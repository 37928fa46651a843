import type { Label } from '@pioneer/engine';
import type { Http } from './http';

export type ExportFormat = 'csv' | 'xlsx';

/** What `POST /api/export-jobs` takes: the parameters of the GET export of the same kind. */
export type ExportJobRequest =
  | { kind: 'applications'; measure: string; year?: number; ids?: string[]; format?: ExportFormat }
  | { kind: 'ledger'; policy: string; budget: string; year: number; format?: ExportFormat };

export type ExportJobStatus = 'queued' | 'running' | 'done' | 'failed' | 'expired';

/** An export running in the background (any API process), its progress, and its file once done. */
export interface ExportJob {
  id: string;
  kind: ExportJobRequest['kind'];
  parameters: Record<string, unknown>;
  format: ExportFormat;
  status: ExportJobStatus;
  /** Why it failed, in both languages. */
  reason: Label | null;
  rowsWritten: number;
  /** Counted when the job starts; null while queued. */
  rowsTotal: number | null;
  fileName: string | null;
  mediaType: string | null;
  /** Bytes. */
  size: number | null;
  sha256: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** When the file is removed. */
  expiresAt: string | null;
}

/** Exports too large to stream in one request (whole measures, whole ledgers): start, follow, download again until they expire. */
export interface ExportJobsClient {
  /** Queued (202); refused with 400 (by JSON pointer, or too many rows) or 429 (too many of yours unfinished). */
  start(request: ExportJobRequest): Promise<ExportJob>;
  /** Your own jobs, newest first. */
  list(page?: { page?: number; perPage?: number }): Promise<{ data: ExportJob[]; total: number }>;
  get(id: string): Promise<ExportJob>;
  /** A done job's file; 409 while it is not done, 410 once expired. */
  file(id: string): Promise<Blob>;
}

export function exportJobsClient(http: Http): ExportJobsClient {
  const one = (id: string) => `/api/export-jobs/${encodeURIComponent(id)}`;
  return {
    // Not retried: a retry after a lost answer would queue a second job.
    start: (request) => http.request<ExportJob>({ method: 'POST', path: '/api/export-jobs', body: request, idempotent: false }),
    list: (page = {}) => http.request({ method: 'GET', path: '/api/export-jobs', query: page, idempotent: true }),
    get: (id) => http.request<ExportJob>({ method: 'GET', path: one(id), idempotent: true }),
    file: (id) => http.request<Blob>({ method: 'GET', path: `${one(id)}/file`, responseType: 'blob', idempotent: true }),
  };
}
