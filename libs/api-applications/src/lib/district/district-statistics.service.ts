import { Injectable } from '@nestjs/common';
import { ApplicationEntity, DatabaseService, Errors, type Principal } from '@pioneer/api-core';
import { POLICY_BUNDLES } from '@pioneer/contracts';
import type { Label } from '@pioneer/engine';
import { PolicyRegistry } from '../policy-registry.service';

/** One measure's applications from a district: how many in each status, and their amounts (fen) by status. */
export interface DistrictMeasureStatistics {
  measure: string;
  name: Label;
  clause: string;
  counts: Record<string, number>;
  amounts: Record<string, number>;
}

/** What `GET /api/district/statistics` answers: a district's submitted applications by measure and status. */
export interface DistrictStatistics {
  district: string;
  /** The district's name in both languages, from the policies' district definition (schemas/common). */
  label: Label;
  applications: number;
  /** Integer fen awarded (approved and paid applications). */
  awarded: number;
  measures: DistrictMeasureStatistics[];
}

const AWARDED = new Set(['approved', 'paid']);

/** A district's name from the generated bundles' district definition (`x-kind: district`), else its code. */
function districtLabel(district: string): Label {
  for (const { bundle } of POLICY_BUNDLES)
    for (const file of bundle.common) {
      const json = file.json as { 'x-kind'?: string; 'x-enumLabels'?: Record<string, Label> };
      const label = json['x-kind'] === 'district' ? json['x-enumLabels']?.[district] : undefined;
      if (label) return label;
    }
  return { 'zh-CN': district, en: district };
}

/**
 * Statistics of one district's applications, from their submission on (drafts are the
 * applicants' own). A district officer or API key sees only its own district; an admin names one.
 */
@Injectable()
export class DistrictStatisticsService {
  constructor(
    private readonly db: DatabaseService,
    private readonly policies: PolicyRegistry,
  ) {}

  /** The district a caller may read: its own, or (admins) the one asked for. */
  districtFor(principal: Principal, asked: unknown): string {
    const wanted = typeof asked === 'string' && asked !== '' ? asked : undefined;
    if (principal.role === 'district-officer') {
      const own = principal.district;
      if (!own) throw Errors.forbidden('该账号未绑定区：请联系管理员', 'This account is bound to no district: contact the administrators');
      if (wanted && wanted !== own)
        throw Errors.forbidden(`只能查看本区（${own}）的统计`, `You can read only your own district's statistics (${own})`, [
          { pointer: '/district', message: { 'zh-CN': `须为 ${own}`, en: `must be ${own}` } },
        ]);
      return own;
    }
    if (!wanted) throw Errors.badRequest('invalid-query', '请用 district 参数指定要查看的区，如 ?district=nanshan', 'Name the district to read with ?district=, e.g. ?district=nanshan');
    return wanted.slice(0, 64);
  }

  async of(district: string): Promise<DistrictStatistics> {
    const rows = await this.db.read((manager) =>
      manager
        .createQueryBuilder(ApplicationEntity, 'a')
        .select('a.measure', 'measure')
        .addSelect('a.status', 'status')
        .addSelect('COUNT(*)', 'count')
        .addSelect('COALESCE(SUM(a.amount), 0)', 'amount')
        .where('a.district = :district', { district })
        .andWhere("a.status <> 'draft'")
        .groupBy('a.measure')
        .addGroupBy('a.status')
        .getRawMany<{ measure: string; status: string; count: string | number; amount: string | number }>(),
    );
    const byMeasure = new Map<string, DistrictMeasureStatistics>();
    let applications = 0;
    let awarded = 0;
    for (const row of rows) {
      const count = Number(row.count);
      const amount = Number(row.amount);
      let entry = byMeasure.get(row.measure);
      if (!entry) {
        const info = this.policies.measure(row.measure).info;
        entry = { measure: row.measure, name: info.name, clause: info.clause, counts: {}, amounts: {} };
        byMeasure.set(row.measure, entry);
      }
      entry.counts[row.status] = count;
      entry.amounts[row.status] = amount;
      applications += count;
      if (AWARDED.has(row.status)) awarded += amount;
    }
    const measures = [...byMeasure.values()].sort((a, b) => a.clause.localeCompare(b.clause, 'en', { numeric: true }));
    return { district, label: districtLabel(district), applications, awarded, measures };
  }
}
