import type { ExportFormat, ExportRequest } from '@pioneer/api-applications';
import type { Label } from '@pioneer/engine';

export const EXPORT_JOB_STATUSES = ['queued', 'running', 'done', 'failed', 'expired'] as const;
export type ExportJobStatus = (typeof EXPORT_JOB_STATUSES)[number];

/** A job as its owner sees it (`GET /api/export-jobs/:id`); who runs it and its storage key stay inside. */
export interface ExportJobView {
  id: string;
  kind: ExportRequest['kind'];
  /** The export's parameters as asked for (those of the GET route of the same kind). */
  parameters: Omit<ExportRequest, 'kind' | 'format'>;
  format: ExportFormat;
  status: ExportJobStatus;
  /** Why it failed, in both languages; null otherwise. */
  reason: Label | null;
  rowsWritten: number;
  /** Counted when the job starts; null while queued. */
  rowsTotal: number | null;
  fileName: string | null;
  mediaType: string | null;
  size: number | null;
  sha256: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  expiresAt: string | null;
}

/** A row of `export_jobs` as the drivers return it. */
export interface ExportJobRow {
  id: string;
  owner: string;
  kind: string;
  parameters: string;
  status: ExportJobStatus;
  reason_zh: string | null;
  reason_en: string | null;
  rows_written: number | string;
  rows_total: number | string | null;
  file_name: string | null;
  media_type: string | null;
  size: number | string | null;
  sha256: string | null;
  storage_key: string | null;
  claim: string | null;
  attempts: number | string;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  expires_at: string | null;
}

const count = (value: number | string | null): number | null => (value === null ? null : Number(value));

/** The export a job row stands for, as ExportsService takes it. */
export function requestOf(row: Pick<ExportJobRow, 'kind' | 'parameters'>): ExportRequest {
  return { kind: row.kind, ...JSON.parse(row.parameters) } as ExportRequest;
}

export function toView(row: ExportJobRow): ExportJobView {
  const { kind, format, ...parameters } = requestOf(row);
  return {
    id: String(row.id),
    kind,
    parameters,
    format,
    status: row.status,
    reason: row.reason_zh === null ? null : { 'zh-CN': row.reason_zh, en: row.reason_en ?? '' },
    rowsWritten: Number(row.rows_written),
    rowsTotal: count(row.rows_total),
    fileName: row.file_name,
    mediaType: row.media_type,
    size: count(row.size),
    sha256: row.sha256,
    createdAt: row.created_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    expiresAt: row.expires_at,
  };
}
