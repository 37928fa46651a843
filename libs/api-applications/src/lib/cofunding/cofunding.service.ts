import { Injectable } from '@nestjs/common';
import { ApplicationEntity, AuditService, Clock, DatabaseService, Errors, type Principal } from '@pioneer/api-core';
import { moneyLabel, type Label } from '@pioneer/engine';
import { PolicyRegistry } from '../policy-registry.service';

/** What a district records: its share of an approved award, integer fen, and an optional note. */
export interface CofundingInput {
  amount: number;
  note: string | null;
}

/** One approved award in the co-funding ledger: what the city and the district each pay (fen). */
export interface CofundingRow {
  applicationId: string;
  measure: string;
  measureName: Label;
  applicantId: string | null;
  district: string | null;
  year: number | null;
  award: number;
  districtShare: number;
  cityShare: number;
  recordedBy: string | null;
  recordedAt: string | null;
}

export interface CofundingLedger {
  year: number | null;
  district: string | null;
  rows: CofundingRow[];
  totals: { award: number; district: number; city: number };
}

const FUNDED = ['approved', 'paid'];
const APPLICATION: Label = { 'zh-CN': '该申请', en: 'Application' };

/** Reads the body `{ amount, note? }`: amount a whole number of fen from 0 up; every problem named by pointer. */
export function parseCofundingInput(body: unknown): CofundingInput {
  const issues: Array<{ pointer: string; message: Label }> = [];
  const raw = body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
  if (!raw) throw Errors.badRequest('invalid-body', '请求体须为 JSON 对象 { amount, note }', 'The body must be a JSON object { amount, note }', [{ pointer: '', message: { 'zh-CN': '须为 JSON 对象', en: 'must be a JSON object' } }]);
  for (const key of Object.keys(raw))
    if (key !== 'amount' && key !== 'note') issues.push({ pointer: `/${key}`, message: { 'zh-CN': '不是可填写的字段：只能填写 amount 和 note', en: 'is not a field you can set: only amount and note' } });
  const amount = raw.amount;
  if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount < 0)
    issues.push({ pointer: '/amount', message: { 'zh-CN': '须为不小于 0 的整数（单位：分）', en: 'must be a whole number of fen, 0 or more' } });
  const note = raw.note;
  if (note !== undefined && note !== null && (typeof note !== 'string' || note.length > 500))
    issues.push({ pointer: '/note', message: { 'zh-CN': '须为不超过 500 字的文字', en: 'must be text of at most 500 characters' } });
  if (issues.length) throw Errors.badRequest('validation-failed', '区级配套金额有误：请改正所列字段', 'The district share is not valid: correct the fields listed', issues);
  return { amount: amount as number, note: typeof note === 'string' && note !== '' ? note : null };
}

/**
 * Clause 十 co-funding. A district records the share of an approved award it pays; the ledger
 * shows, per award, the city's and the district's shares. A district officer (or its API key)
 * acts for its own district only; admins for any.
 */
@Injectable()
export class CofundingService {
  constructor(
    private readonly db: DatabaseService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly policies: PolicyRegistry,
  ) {}

  async record(principal: Principal, applicationId: string, input: CofundingInput): Promise<CofundingRow> {
    const id = applicationId.toLowerCase();
    return this.db.write(async (manager) => {
      const app = /^[0-9a-f-]{36}$/.test(id) ? await manager.findOne(ApplicationEntity, { where: { id } }) : null;
      const visible = app && app.status !== 'draft' && (principal.role === 'admin' || (principal.role === 'district-officer' && !!principal.district && app.district === principal.district));
      if (!app || !visible) throw Errors.notFound(APPLICATION);
      if (!FUNDED.includes(app.status) || app.approvedAmount === null)
        throw Errors.conflict('not-approved', `该申请尚未批准（当前状态：${app.status}）：批准后才能登记区级配套`, `The application is not approved yet (status: ${app.status}): record the district share once it is approved`);
      if (input.amount > app.approvedAmount) {
        const cap = moneyLabel(app.approvedAmount);
        throw Errors.badRequest('validation-failed', `区级配套不得超过批准金额 ${cap['zh-CN']}：请改正金额`, `The district share cannot exceed the approved award, ${cap.en}: correct the amount`, [
          { pointer: '/amount', message: { 'zh-CN': `不得超过批准金额 ${cap['zh-CN']}`, en: `must be at most the approved ${cap.en}` } },
        ]);
      }
      const row = { application_id: app.id, district: app.district ?? '', amount: input.amount, note: input.note, recorded_by: principal.subject, recorded_at: this.clock.timestamp() };
      const exists = await manager.createQueryBuilder().select('1').from('cofunding_shares', 's').where('s.application_id = :id', { id: app.id }).getRawOne();
      if (exists) await manager.createQueryBuilder().update('cofunding_shares').set(row).where('application_id = :id', { id: app.id }).execute();
      else await manager.createQueryBuilder().insert().into('cofunding_shares').values(row).execute();
      await this.audit.record(manager, principal, { action: 'cofunding.record', entityType: 'application', entityId: app.id, details: { amount: input.amount, district: row.district, note: input.note } });
      return this.toRow(app, { amount: input.amount, recorded_by: row.recorded_by, recorded_at: row.recorded_at });
    });
  }

  /** Approved and paid awards with the city's and the district's shares; a district officer sees its own district's only. */
  async ledger(principal: Principal, year: number | undefined, askedDistrict: string | undefined): Promise<CofundingLedger> {
    const district = principal.role === 'district-officer' ? (principal.district ?? '\u0000none') : askedDistrict;
    const apps = await this.db.read((manager) => {
      const q = manager.createQueryBuilder(ApplicationEntity, 'a').where('a.status IN (:...funded)', { funded: FUNDED });
      if (district) q.andWhere('a.district = :district', { district });
      if (year !== undefined) q.andWhere('a.budgetYear = :year', { year });
      return q.orderBy('a.submittedAt', 'ASC').addOrderBy('a.id', 'ASC').getMany();
    });
    const shares = new Map<string, { amount: number; recorded_by: string; recorded_at: string }>();
    if (apps.length) {
      const raw = await this.db.read((manager) =>
        manager.createQueryBuilder().select(['s.application_id AS application_id', 's.amount AS amount', 's.recorded_by AS recorded_by', 's.recorded_at AS recorded_at']).from('cofunding_shares', 's').where('s.application_id IN (:...ids)', { ids: apps.map((a) => a.id) }).getRawMany<{ application_id: string; amount: string | number; recorded_by: string; recorded_at: string }>(),
      );
      for (const s of raw) shares.set(s.application_id, { amount: Number(s.amount), recorded_by: s.recorded_by, recorded_at: s.recorded_at });
    }
    const rows = apps.map((app) => this.toRow(app, shares.get(app.id)));
    const totals = rows.reduce((t, r) => ({ award: t.award + r.award, district: t.district + r.districtShare, city: t.city + r.cityShare }), { award: 0, district: 0, city: 0 });
    return { year: year ?? null, district: district ?? null, rows, totals };
  }

  private toRow(app: ApplicationEntity, share: { amount: number; recorded_by: string; recorded_at: string } | undefined): CofundingRow {
    const award = app.approvedAmount ?? 0;
    const districtShare = share?.amount ?? 0;
    return {
      applicationId: app.id,
      measure: app.measure,
      measureName: this.policies.measure(app.measure).info.name,
      applicantId: app.applicantId,
      district: app.district,
      year: app.budgetYear,
      award,
      districtShare,
      cityShare: award - districtShare,
      recordedBy: share?.recorded_by ?? null,
      recordedAt: share?.recorded_at ?? null,
    };
  }
}
