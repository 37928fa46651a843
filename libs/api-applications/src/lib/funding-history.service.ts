import { Injectable } from '@nestjs/common';
import { type ApplicationEntity, Clock } from '@pioneer/api-core';
import type { FundingRecord } from '@pioneer/engine';
import type { EntityManager } from 'typeorm';
import { ApplicationsRepository } from './applications.repository';
import { PolicyRegistry } from './policy-registry.service';

/**
 * An applicant's funding history from the platform's own records: every approved or paid award
 * under any policy served, at the amount approved, named by its policy and recorded at that
 * policy's funding level (a district's top-up is district funding, the city's voucher city
 * funding): P1, P3, cap scopes and `awarded` rules of every policy read the same records. The
 * engine adds what the form declares of outside support; nothing here depends on what the
 * applicant types.
 */
@Injectable()
export class FundingHistoryService {
  constructor(
    private readonly repo: ApplicationsRepository,
    private readonly policies: PolicyRegistry,
    private readonly clock: Clock,
  ) {}

  async of(manager: EntityManager, applicantId: string, except?: string): Promise<FundingRecord[]> {
    const rows = await this.repo.awarded(manager, applicantId);
    return rows.filter((row) => row.id !== except).map((row) => this.record(row, applicantId));
  }

  /**
   * The funding histories of every applicant of `measure` (the what-if's), each record with the
   * application it comes from, so each application's own award can be left out as `of` does.
   */
  async ofApplicantsOf(manager: EntityManager, measure: string): Promise<Map<string, Array<{ applicationId: string; record: FundingRecord }>>> {
    const histories = new Map<string, Array<{ applicationId: string; record: FundingRecord }>>();
    for (const row of await this.repo.awardedOfApplicantsOf(manager, measure)) {
      if (!row.applicantId) continue;
      const list = histories.get(row.applicantId) ?? [];
      list.push({ applicationId: row.id, record: this.record(row, row.applicantId) });
      histories.set(row.applicantId, list);
    }
    return histories;
  }

  private record(row: ApplicationEntity, applicantId: string): FundingRecord {
    const policy = this.policies.policyOf(row.measure);
    return {
      policy: policy.info.code,
      measure: row.measure,
      level: policy.info.level,
      applicantId,
      // What the award was for, as its measure declares it (x-identity: a product, a copyright, a
      // park…), else the policy's project reference: P1 and repeat awards compare these keys.
      projectRef: policy.identityOf(row.measure, row.data),
      amount: row.approvedAmount ?? row.amount ?? 0,
      date: this.clock.dateOf(row.submittedAt ?? row.createdAt),
    };
  }
}
