import { type ApiIssue, type ErrorBody, Errors } from '@pioneer/api-core';
import type { Label } from '@pioneer/engine';
import { actionBody, textField } from '../lifecycle/action-body.util';
import { isApplicationId } from '../request-input.util';

/** The most applications one bulk approval takes: it bounds the work (and the transactions) of one request. */
export const MAX_BULK_APPROVALS = 100;

/** What `POST /api/approvals` takes: the ids in the committee's order of priority, and one comment for all. */
export interface BulkApprovalRequest {
  ids: string[];
  comment: string | null;
}

/** One id's outcome, in the order the ids were given. */
export type BulkApprovalResult =
  | { id: string; number: string | null; outcome: 'approved'; approvedAmount: number; cut?: Label }
  | { id: string; outcome: 'refused'; error: ErrorBody };

export interface BulkApprovalResponse {
  results: BulkApprovalResult[];
  approved: number;
  refused: number;
}

const issue = (pointer: string, zh: string, en: string): ApiIssue => ({ pointer, message: { 'zh-CN': zh, en } });

/**
 * Checks the whole body before anything is approved: only `ids` and `comment` (no amount or
 * status can ride along), 1 to 100 distinct application ids, each a UUID as the single route
 * takes it. The length is checked before any item is looked at, so a huge list costs nothing.
 */
export function parseBulkApproval(body: unknown): BulkApprovalRequest {
  const data = actionBody(body, ['ids', 'comment']);
  const comment = textField(data, 'comment', false);
  const ids = data['ids'];
  if (!Array.isArray(ids) || ids.length < 1 || ids.length > MAX_BULK_APPROVALS) {
    const count = Array.isArray(ids) ? `（收到 ${ids.length} 个）` : '';
    const sent = Array.isArray(ids) ? ` (${ids.length} were sent)` : '';
    throw Errors.validation([
      issue('/ids', `须为 1 到 ${MAX_BULK_APPROVALS} 个申请 id 的列表${count}：请分批批准`, `must be a list of 1 to ${MAX_BULK_APPROVALS} application ids${sent}: approve in batches`),
    ]);
  }
  const issues: ApiIssue[] = [];
  const seen = new Map<string, number>();
  ids.forEach((id: unknown, i) => {
    if (typeof id !== 'string' || !isApplicationId(id)) {
      issues.push(issue(`/ids/${i}`, '须为申请 id（UUID），请从列表中选择申请', 'must be an application id (a UUID): pick the applications from the list'));
      return;
    }
    const first = seen.get(id.toLowerCase());
    if (first !== undefined) issues.push(issue(`/ids/${i}`, `与第 ${first + 1} 项重复：每个申请只列一次`, `repeats item ${first + 1}: list each application once`));
    else seen.set(id.toLowerCase(), i);
  });
  if (issues.length) throw Errors.validation(issues.slice(0, 20));
  return { ids: ids as string[], comment };
}
