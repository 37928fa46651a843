import { Injectable, Logger } from '@nestjs/common';
import { type Principal, toErrorResponse } from '@pioneer/api-core';
import { ApprovalService } from './approval.service';
import { type BulkApprovalResponse, type BulkApprovalResult, parseBulkApproval } from './bulk-approval.dto';

const logger = new Logger('BulkApproval');

/**
 * A committee's list approved at once. Each id goes through the single approval exactly as
 * `POST /api/applications/:id/approve` does — its own transaction, its own audit event, decided
 * again from the records, reserved from the budget — one after another in the order given, since
 * that order is the committee's priority when the budget runs out (run concurrently, a later id
 * could take the money first). One id refused never stops the others: its error body is its result.
 */
@Injectable()
export class BulkApprovalService {
  constructor(private readonly approval: ApprovalService) {}

  async approve(principal: Principal, body: unknown): Promise<BulkApprovalResponse> {
    const { ids, comment } = parseBulkApproval(body);
    const results: BulkApprovalResult[] = [];
    for (const id of ids) results.push(await this.approveOne(principal, id, comment));
    const approved = results.filter((r) => r.outcome === 'approved').length;
    return { results, approved, refused: results.length - approved };
  }

  private async approveOne(principal: Principal, id: string, comment: string | null): Promise<BulkApprovalResult> {
    try {
      const { row, cut } = await this.approval.approveOne(principal, id, comment);
      return { id: row.id, number: row.number, outcome: 'approved', approvedAmount: row.approvedAmount ?? 0, ...(cut ? { cut } : {}) };
    } catch (error) {
      // The same body the single route would answer; an unexpected failure is logged under its reference.
      const response = toErrorResponse(error);
      if (response.reference) logger.error(`bulk approval of ${id} failed (reference ${response.reference})`, (error as Error)?.stack ?? String(error));
      return { id, outcome: 'refused', error: response.body };
    }
  }
}
