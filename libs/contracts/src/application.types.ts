import type { Decision } from '@pioneer/engine';

/**
 * An application's lifecycle: draft → submitted → under-review → scored → approved | rejected →
 * paid (after one or several payments); returned for correction (补正) and resubmitted;
 * withdrawn. One list for the API, the OpenAPI document, the SDK and the backoffice; the moves
 * between them are the API's TRANSITIONS table.
 */
export const APPLICATION_STATUSES = ['draft', 'submitted', 'returned', 'under-review', 'scored', 'approved', 'rejected', 'paid', 'withdrawn'] as const;

export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** Each status in words, for exports, notices and any screen without its own translations. */
export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, { 'zh-CN': string; en: string }> = {
  draft: { 'zh-CN': '草稿', en: 'Draft' },
  submitted: { 'zh-CN': '已提交', en: 'Submitted' },
  returned: { 'zh-CN': '退回补正', en: 'Returned for correction' },
  'under-review': { 'zh-CN': '评审中', en: 'Under review' },
  scored: { 'zh-CN': '已评审', en: 'Reviewed' },
  approved: { 'zh-CN': '已批准', en: 'Approved' },
  rejected: { 'zh-CN': '未通过', en: 'Rejected' },
  paid: { 'zh-CN': '已拨付', en: 'Paid' },
  withdrawn: { 'zh-CN': '已撤回', en: 'Withdrawn' },
};

/** The record columns a list can be sorted by. */
export const APPLICATION_SORT_FIELDS = ['createdAt', 'updatedAt', 'submittedAt', 'status', 'amount', 'number'] as const;

export type ApplicationSortField = (typeof APPLICATION_SORT_FIELDS)[number];

/** An application as the API returns it. Dates are ISO strings; money is integer fen. */
export interface ApplicationRecord<T = Record<string, unknown>> {
  id: string;
  /** The readable number (SZAI-2025-000123): assigned by the server at creation, never set by clients; null only for a row older than numbering that was not yet backfilled. */
  number: string | null;
  policy: string;
  /** Measure code. */
  measure: string;
  status: ApplicationStatus;
  /** The parameter version the decision was made with (set at submission). */
  version: string | null;
  /** The applicant's unified social credit code. */
  applicantId: string | null;
  district: string | null;
  /** The application form. */
  data: T;
  decision: Decision | null;
  /** Integer fen; null until decided, or when the award is not money. */
  amount: number | null;
  /** Integer fen committed at approval (a policy-wide rule or an exhausted budget may have cut it). */
  approvedAmount: number | null;
  /** Integer fen paid so far. */
  paidAmount: number;
  /** The annual budget (policy.json code) and year the approval committed against. */
  budgetCode: string | null;
  budgetYear: number | null;
  /** The reason given with the last return, rejection or withdrawal: what is asked of the applicant, or why. */
  statusReason: string | null;
  submittedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A page of applications and how many match in all. */
export interface ApplicationPage<T = Record<string, unknown>> {
  data: Array<ApplicationRecord<T>>;
  total: number;
}
