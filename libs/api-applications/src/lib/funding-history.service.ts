import { Injectable } from '@nestjs/common';
import { type ApplicationEntity, Clock } from '@pioneer/api-core';
import type { FundingRecord } from '@pioneer/engine';
import type { EntityManager } from 'typeorm';
import { ApplicationsRepository } from './applications.repository';
import { PolicyRegistry, readPath } from './policy-registry.service';

/**
 * Awards granted through this platform count as funding at the issuing government's level for
 * P1 and P3. Policy files carry no level yet (the district-overlay issue adds it); the one policy
 * so far is a city's.
 */
const PLATFORM_FUNDING_LEVEL = 'city' as const;

/**
 * An applicant's funding history from the platform's own records: every approved or paid award
 * under any policy served, at the amount approved. The engine adds what the form declares of
 * outside support; nothing here depends on what the applicant types.
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

  private record(row: ApplicationEntity, applicantId: string): FundingRecord {
    const subjects = this.policies.policyOf(row.measure).info.subjects;
    return {
      measure: row.measure,
      level: PLATFORM_FUNDING_LEVEL,
      applicantId,
      projectRef: readPath(row.data, subjects.projectRef) as string | undefined,
      amount: row.approvedAmount ?? row.amount ?? 0,
      date: this.clock.dateOf(row.submittedAt ?? row.createdAt),
    };
  }
}
