import type { AuditAction } from '@pioneer/contracts';
import type { Label } from '@pioneer/engine';
import type { ApiErrorBody } from './errors';
import { exportJobsClient, type ExportJobsClient } from './export-jobs-client';
import type { Http } from './http';
import type { ApplicationRecord, JsonObject } from './types';

/** One annual budget (P2) in a year; money in integer fen. */
export interface BudgetYear {
  policy: string;
  budget: string;
  label: Label;
  year: number;
  amount: number;
  committed: number;
  paid: number;
  remaining: number;
  measures: string[];
}

/** A group of the dashboard: a status, measure code or district code (null: none named). */
export interface GroupCount {
  key: string | null;
  count: number;
  committed: number;
  paid: number;
}

/** A group with its name: a measure's, a district's. */
export interface NamedGroupCount extends GroupCount {
  label: Label;
}

/**
 * `GET /api/statistics`: a year's figures within what the caller may see — the backoffice
 * dashboard, a district portal (district API key) and district officers read this one shape.
 */
export interface YearStatistics {
  year: number;
  /** The district the figures are limited to (a district key's or officer's own, or the one asked for); null: all. */
  district: { code: string; label: Label } | null;
  /** City-wide annual budgets; empty for roles that may not read them (district officers and keys). */
  budgets: BudgetYear[];
  byStatus: GroupCount[];
  byMeasure: NamedGroupCount[];
  byDistrict: NamedGroupCount[];
  totals: { count: number; committed: number; paid: number };
}

/** Which figures: a year (default: the API's current one) and one district (a district key: only its own). */
export interface StatisticsQuery {
  year?: number;
  district?: string;
}

export interface LedgerEntry {
  applicationId: string;
  /** The application's readable number (SZAI-2025-000123). */
  applicationNumber: string | null;
  kind: 'reserve' | 'release' | 'payment';
  amount: number;
  at: string;
  actor: string;
  reference: string | null;
}

export interface AuditEvent {
  seq: number;
  at: string;
  actor: string;
  role: string;
  action: string;
  details: JsonObject;
}

/** An event of the whole audit log: what it concerns, and an application's readable number. */
export interface AuditLogEvent extends AuditEvent {
  entityType: string;
  entityId: string;
  applicationNumber: string | null;
}

/** A page of the audit log and what narrows it; an empty or absent filter keeps every event. */
export type AuditLogQuery = {
  page?: number;
  perPage?: number;
  /** Only events of this kind (one of @pioneer/contracts' AUDIT_ACTIONS). */
  action?: AuditAction;
  /** Only events by this subject, exactly (`user:rita`). */
  actor?: string;
  /** An application's readable number (SZAI-2025-000123) or id, or any entity's id. */
  entity?: string;
  /** Days (YYYY-MM-DD) in the API's time zone, both inclusive. */
  from?: string;
  to?: string;
};

export interface ReviewAssignment {
  reviewer: string;
  assignedAt: string;
  conflict: boolean | null;
  scores: Record<string, number> | null;
  comment: string | null;
  scoredAt: string | null;
}

/** The audit log's hash chain as the API checked it. */
export interface ChainReport {
  events: number;
  ok: boolean;
  firstBroken?: { seq: number; id: string; reason: string };
}

export interface DemoSignIn {
  username: string;
  password: string;
  role: string;
}

/** One application's outcome in a bulk approval, in the order the ids were given. */
export type BulkApprovalResult =
  | { id: string; number: string | null; outcome: 'approved'; approvedAmount: number; /** Why the budget cut the amount, when it did. */ cut?: Label }
  | { id: string; outcome: 'refused'; /** The error the single approval would have answered. */ error: ApiErrorBody };

/** The answer to a bulk approval: one result per id, and how many of each. */
export interface BulkApprovalResponse {
  results: BulkApprovalResult[];
  approved: number;
  refused: number;
}

/** The staff's calls after submission: review, approval, payment, budgets, audit, statistics. */
export interface BackofficeClient {
  statistics(query?: number | StatisticsQuery): Promise<YearStatistics>;
  budgets(year?: number): Promise<BudgetYear[]>;
  ledgerEntries(
    ledger: { policy: string; budget: string; year: number },
    page?: { page?: number; perPage?: number },
  ): Promise<{ data: LedgerEntry[]; total: number }>;
  application(id: string): Promise<ApplicationRecord<JsonObject>>;
  audit(id: string): Promise<AuditEvent[]>;
  verifyAudit(): Promise<ChainReport>;
  /** The audit log, newest first, optionally narrowed (admins): a page of it and how many events the filter keeps. */
  auditLog(query?: AuditLogQuery): Promise<{ data: AuditLogEvent[]; total: number }>;
  review(id: string): Promise<ReviewAssignment[]>;
  assign(id: string, reviewers: string[]): Promise<ReviewAssignment[]>;
  declare(id: string, declaration: { conflict: boolean; note?: string }): Promise<ReviewAssignment>;
  score(id: string, scores: Record<string, number>, comment?: string): Promise<ReviewAssignment>;
  /** A lifecycle move with its body (reason, comment, amount): the application as it now stands. */
  act(
    id: string,
    action: 'recommendation' | 'return' | 'approve' | 'reject' | 'revoke' | 'payments' | 'withdraw',
    body?: JsonObject,
  ): Promise<ApplicationRecord<JsonObject>>;
  /**
   * Approves up to 100 applications in the order given (the committee's priority when the budget
   * runs out), each as `act(id, 'approve')` would; one refused never stops the others.
   */
  approveMany(ids: string[], comment?: string): Promise<BulkApprovalResponse>;
  /** The demo's sign-ins (none outside the demo), for a sign-in page to list. */
  demoSignIns(): Promise<DemoSignIn[]>;
  /** A budget year's ledger as a CSV or XLSX file (zh-CN headings, amounts in yuan). */
  exportLedger(ledger: { policy: string; budget: string; year: number }, format: 'csv' | 'xlsx'): Promise<Blob>;
  /** A measure's applications as a CSV or XLSX file: all, or only `ids` (the rows selected in a list, at most 100). */
  exportApplications(measure: string, format: 'csv' | 'xlsx', ids?: string[]): Promise<Blob>;
  /** Exports as background jobs, for whole measures and ledgers: start, follow, download. */
  exportJobs: ExportJobsClient;
}

/** `GET /api/statistics` for a year (a number) or a year and a district. */
export function statistics(http: Http, query: number | StatisticsQuery = {}): Promise<YearStatistics> {
  const { year, district } = typeof query === 'number' ? { year: query, district: undefined } : query;
  return http.request<YearStatistics>({ method: 'GET', path: '/api/statistics', query: { year, district }, idempotent: true });
}

/** The backoffice calls. Moves are not retried after a network failure: the caller reloads and sees. */
export function backofficeClient(http: Http): BackofficeClient {
  const one = (id: string) => `/api/applications/${encodeURIComponent(id)}`;
  const get = <T>(path: string, query?: Record<string, string | number | undefined>) =>
    http.request<T>({ method: 'GET', path, query, idempotent: true });
  const post = <T>(path: string, body: unknown) => http.request<T>({ method: 'POST', path, body, idempotent: false });
  return {
    statistics: (query) => statistics(http, query),
    budgets: (year) => get('/api/budgets', { year }),
    ledgerEntries: ({ policy, budget, year }, page = {}) =>
      get(`/api/budgets/${encodeURIComponent(policy)}/${encodeURIComponent(budget)}/${year}/entries`, page),
    application: (id) => get(one(id)),
    audit: (id) => get(`${one(id)}/audit`),
    verifyAudit: () => get('/api/audit/verify'),
    auditLog: (query = {}) => get('/api/audit/events', query),
    review: (id) => get(`${one(id)}/review`),
    assign: (id, reviewers) => post(`${one(id)}/reviewers`, { reviewers }),
    declare: (id, declaration) => post(`${one(id)}/conflict-declaration`, declaration),
    score: (id, scores, comment) => post(`${one(id)}/scores`, comment ? { scores, comment } : { scores }),
    act: (id, action, body = {}) => post(`${one(id)}/${action}`, body),
    approveMany: (ids, comment) => post('/api/approvals', comment ? { ids, comment } : { ids }),
    demoSignIns: () => get('/api/auth/demo-sign-ins'),
    exportLedger: ({ policy, budget, year }, format) =>
      http.request<Blob>({ method: 'GET', path: `/api/exports/ledger/${encodeURIComponent(policy)}/${encodeURIComponent(budget)}/${year}`, query: { format }, responseType: 'blob', idempotent: true }),
    exportJobs: exportJobsClient(http),
    exportApplications: (measure, format, ids) =>
      http.request<Blob>({ method: 'GET', path: '/api/exports/applications', query: { measure, format, ids: ids?.join(',') }, responseType: 'blob', idempotent: true }),
  };
}
