import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { API_CONFIG, type ApiConfig, ApiError, ApplicationEntity, AuditService, Clock, DatabaseService, Errors, isUniqueViolation, type Principal, SUBMISSION_CHECKS, type SubmissionCheck } from '@pioneer/api-core';
import { MEASURES } from '@pioneer/contracts';
import type { Decision, RuleOutcome } from '@pioneer/engine';
import type { EntityManager } from 'typeorm';
import { scopeOf } from './application-access';
import { toRecord, type ApplicationPage, type ApplicationRecord } from './application-record.dto';
import { EDITABLE_STATUSES, TRANSITIONS } from './application-status';
import { ApplicationsRepository, type ApplicationChanges } from './applications.repository';
import { assertWithinFormBounds } from './form-bounds.util';
import { formChanges } from './form-changes.util';
import { scopedIdempotencyKey } from './idempotency-key.util';
import { listedForm } from './listed-form.util';
import { searchFields } from './search-fields.util';
import { FundingHistoryService } from './funding-history.service';
import { changedMeanwhile, LifecycleService } from './lifecycle/lifecycle.service';
import { parseListQuery } from './list-query.dto';
import { applicationNumberPrefix, numberScope, numberSequenceReady } from './numbering';
import { pointerOf, PolicyRegistry } from './policy-registry.service';
import { draftIssues, formBody, isApplicationId, parseAsOf, parseIdempotencyKey, toIssue } from './request-input.util';

/** A conditional write that lost a race is retried this many times before a 409. */
const ATTEMPTS = 3;

const APPLICATION = { 'zh-CN': '该申请', en: 'Application' };

/** What the eligibility endpoint answers: the matcher's status and every rule's outcome. */
export interface EligibilityResult {
  status: 'eligible' | 'possible' | 'ineligible' | 'informational' | 'not-open';
  rules: RuleOutcome[];
}

/**
 * The generic application service behind every measure's generated controller: drafts,
 * submission (full validation, then evaluation pinned to the version in force on the submission
 * date), reads scoped to the caller, estimates and eligibility. Every write goes through
 * DatabaseService.write with its audit event, and every status change through TRANSITIONS.
 */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly db: DatabaseService,
    private readonly repo: ApplicationsRepository,
    private readonly policies: PolicyRegistry,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly lifecycle: LifecycleService,
    private readonly history: FundingHistoryService,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    /** Other features' say in a submission (attachments), when the app has them. */
    @Optional() @Inject(SUBMISSION_CHECKS) private readonly checks: SubmissionCheck[] = [],
  ) {}

  async create(measure: string, principal: Principal, body: unknown): Promise<ApplicationRecord> {
    const data = this.draftForm(measure, body);
    const now = this.clock.timestamp();
    const policy = this.policies.policyOf(measure).info;
    // The year people live in (PIONEER_TIME_ZONE), as budget years are: 1 January 07:00 in Shenzhen is already the new year.
    const scope = numberScope(applicationNumberPrefix(policy), this.clock.dateOf(now).slice(0, 4));
    const row = Object.assign(new ApplicationEntity(), {
      id: randomUUID(),
      number: null as string | null,
      policy: policy.code,
      measure,
      status: 'draft',
      version: null,
      ...this.subjects(measure, principal, data),
      data,
      decision: null,
      amount: null,
      idempotencyKey: null,
      revision: 1,
      submittedAt: null,
      createdAt: now,
      updatedAt: now,
      approvedAmount: null,
      paidAmount: 0,
      budgetCode: null,
      budgetYear: null,
      statusReason: null,
    } satisfies ApplicationEntity);
    await numberSequenceReady(this.db.dataSource, scope);
    await this.db.write(async (manager) => {
      if (principal.role === 'applicant') await this.assertDraftQuota(manager, principal.applicantId!);
      // Drawn inside the write, so a create that fails leaves no number used (and no gap on SQLite).
      row.number = await this.repo.insertNumbered(manager, row, scope);
      await this.audit.recordLast(manager, principal, { action: 'application.create', entityType: 'application', entityId: row.id, details: { measure, status: row.status, number: row.number } });
    });
    return toRecord(row);
  }

  async list(measure: string, principal: Principal, query: Record<string, unknown> | undefined): Promise<ApplicationPage> {
    const filterFields = MEASURES.find((entry) => entry.code === measure)?.filterFields ?? [];
    const parsed = parseListQuery(query, filterFields);
    const { rows, total } = await this.db.read((manager) => this.repo.list(manager, measure, scopeOf(principal), parsed, searchFields(measure)));
    // A page carries only the form fields lists show: its size is bounded whatever the forms hold.
    const policy = this.policies.policyOf(measure);
    return { data: rows.map((row) => toRecord({ ...row, data: listedForm(policy, measure, row.data) })), total };
  }

  async get(measure: string, principal: Principal, id: string): Promise<ApplicationRecord> {
    return toRecord(await this.find(measure, principal, id));
  }

  /** Replaces a draft's form. */
  async update(measure: string, principal: Principal, id: string, body: unknown): Promise<ApplicationRecord> {
    const data = this.draftForm(measure, body);
    const subjects = this.subjects(measure, principal, data);
    for (let attempt = 1; ; attempt++) {
      const row = await this.find(measure, principal, id);
      if (!EDITABLE_STATUSES.includes(row.status as never)) throw notEditable(row.status);
      const changes: ApplicationChanges = { data, ...subjects, updatedAt: this.clock.timestamp() };
      const done = await this.db.write(async (manager) => {
        if (!(await this.repo.updateIf(manager, row.id, row.revision, EDITABLE_STATUSES, changes))) return false;
        const details = { measure, status: row.status, ...subjectChanges(row, subjects), ...formChanges(row.data, data) };
        await this.audit.recordLast(manager, principal, { action: 'application.update', entityType: 'application', entityId: row.id, details });
        return true;
      });
      if (done) return toRecord({ ...row, ...changes, revision: row.revision + 1 });
      if (attempt === ATTEMPTS) throw changedMeanwhile();
    }
  }

  /**
   * Submits a draft: the full form must be valid (else 400 and nothing changes); the decision
   * is made with the parameters in force on the submission date and stored with the amount.
   * With an idempotency key, a repeat returns the stored result instead of acting again.
   */
  async submit(measure: string, principal: Principal, id: string, idempotencyKey?: unknown): Promise<ApplicationRecord> {
    const raw = parseIdempotencyKey(idempotencyKey);
    const key = raw === undefined ? undefined : scopedIdempotencyKey(principal, raw);
    const transition = TRANSITIONS.submit;
    const policy = this.policies.policyOf(measure);
    for (let attempt = 1; ; attempt++) {
      const replay = key ? await this.replay(measure, principal, id, key) : undefined;
      if (replay) return replay;
      const row = await this.find(measure, principal, id);
      // A concurrent submit with this key committed between the two reads: answer as it did.
      if (key && row.idempotencyKey === key) return toRecord(row);
      this.lifecycle.check('submit', principal, row);
      const issues = policy.validate(measure, row.data);
      if (issues.length) throw Errors.validation(issues.map(toIssue));
      const subjects = this.subjects(measure, principal, row.data);
      const submitted = { id: row.id, measure, applicantId: subjects.applicantId, data: row.data };
      const blocked = (await Promise.all((this.checks ?? []).map((check) => check.check(submitted)))).flat();
      if (blocked.length) throw Errors.validation(blocked);
      const submittedAt = this.clock.timestamp();
      const decision = await this.decide(measure, principal, row.data, this.clock.dateOf(submittedAt));
      if (decision.status === 'invalid') throw Errors.validation(decision.errors.map(toIssue));
      const amount = decision.award && decision.award.amount !== null && !decision.award.benefit ? decision.award.amount : null;
      const changes: ApplicationChanges = { decision, version: decision.version, amount, ...subjects, submittedAt, updatedAt: submittedAt, idempotencyKey: key ?? null, statusReason: null };
      try {
        const details = { decision: decision.status, version: decision.version, amount, idempotencyKey: raw !== undefined };
        const recordChecks = async (manager: EntityManager) => {
          for (const check of this.checks ?? []) await check.record(manager, submitted);
        };
        const moved = await this.db.write(async (manager) => {
          if (!(await this.lifecycle.move(manager, 'submit', principal, row, changes, details))) return false;
          await recordChecks(manager);
          return true;
        });
        if (moved) return toRecord({ ...row, ...changes, status: transition.to, revision: row.revision + 1 });
      } catch (error) {
        // The key was taken meanwhile: the next round replays it or reports its reuse.
        if (!(key && isUniqueViolation(error))) throw error;
      }
      if (attempt === ATTEMPTS) throw changedMeanwhile();
    }
  }

  /** The decision for an application, stored nowhere. Invalid forms are a 400 with the issues. */
  async estimate(measure: string, principal: Principal, body: unknown, asOf?: unknown): Promise<Decision> {
    const data = formBody(body);
    assertWithinFormBounds(this.policies.measure(measure), data);
    const decision = await this.decide(measure, principal, data, parseAsOf(asOf, this.clock.today()));
    if (decision.status === 'invalid') throw Errors.validation(decision.errors.map(toIssue));
    return decision;
  }

  /** Eligibility from a partial form (three-valued: a rule that needs missing facts is null). */
  async eligibility(measure: string, _principal: Principal, body: unknown, asOf?: unknown): Promise<EligibilityResult> {
    const data = this.draftForm(measure, body);
    const policy = this.policies.policyOf(measure);
    const match = policy.match(data, parseAsOf(asOf, this.clock.today())).find((m) => m.measure === measure)!;
    if (match.status === 'not-open' || match.status === 'informational') return { status: match.status, rules: [] };
    const open = new Map([...match.failed, ...match.undecided].map((rule) => [rule.code, rule]));
    const rules = policy.measure(measure).eligibility.map((rule): RuleOutcome => open.get(rule.code) ?? { code: rule.code, label: rule.label, kind: 'eligibility', passed: true });
    return { status: match.status, rules };
  }

  private draftForm(measure: string, body: unknown): Record<string, unknown> {
    const data = formBody(body);
    assertWithinFormBounds(this.policies.measure(measure), data);
    const issues = draftIssues(this.policies.policyOf(measure).validate(measure, data));
    if (issues.length) throw Errors.validation(issues);
    return data;
  }

  /** The server-owned applicant and district of a form; applicants may act only for their own organisation. */
  private subjects(measure: string, principal: Principal, data: unknown): { applicantId: string | null; district: string | null } {
    const found = this.policies.subjectsOf(measure, data);
    if (principal.role !== 'applicant') return { applicantId: found.applicantId, district: found.district };
    if (found.applicantId !== null && found.applicantId !== principal.applicantId) {
      const message = { 'zh-CN': `须为本单位的代码 ${principal.applicantId}`, en: `must be your organisation's code ${principal.applicantId}` };
      throw new ApiError(
        403,
        'applicant-mismatch',
        { 'zh-CN': `只能以本单位（${principal.applicantId}）名义申请：请改正所列字段`, en: `You can apply only for your own organisation (${principal.applicantId}): correct the field listed` },
        [{ pointer: pointerOf(found.applicantPath), message }],
      );
    }
    if (principal.district && found.district !== null && found.district !== principal.district) {
      const message = { 'zh-CN': `须为本单位登记的区 ${principal.district}`, en: `must be your organisation's registered district ${principal.district}` };
      throw new ApiError(
        403,
        'district-mismatch',
        { 'zh-CN': `申请须填写本单位登记的区（${principal.district}）：请改正所列字段`, en: `The application must name your organisation's registered district (${principal.district}): correct the field listed` },
        [{ pointer: pointerOf(this.policies.policyOf(measure).info.subjects.district ?? ''), message }],
      );
    }
    return { applicantId: principal.applicantId ?? null, district: found.district };
  }

  /** Refuses a new draft when the organisation already holds as many as the quota allows. */
  private async assertDraftQuota(manager: EntityManager, applicantId: string): Promise<void> {
    const held = await this.repo.countDrafts(manager, applicantId);
    if (held < this.config.draftQuota) return;
    throw Errors.conflict(
      'draft-quota-reached',
      `本单位已有 ${held} 份草稿，达到上限 ${this.config.draftQuota}：请先完成并提交已有草稿，或联系管理员`,
      `Your organisation already holds ${held} drafts, the most allowed (${this.config.draftQuota}): complete and submit existing drafts first, or contact the administrators`,
    );
  }

  /** Evaluates with the applicant's awards on this platform as history, when the caller may see them. */
  private async decide(measure: string, principal: Principal, data: Record<string, unknown>, asOf: string): Promise<Decision> {
    const policy = this.policies.policyOf(measure);
    const { applicantId } = this.policies.subjectsOf(measure, data);
    const mayRead = applicantId !== null && (principal.role !== 'applicant' || principal.applicantId === applicantId);
    const history = mayRead ? await this.db.read((manager) => this.history.of(manager, applicantId)) : [];
    return policy.evaluate(measure, data, { asOf, history });
  }

  private async find(measure: string, principal: Principal, id: string): Promise<ApplicationEntity> {
    // Ids are stored lower-case; PostgreSQL's uuid compares case-blind, SQLite's text does not.
    const row = isApplicationId(id) ? await this.db.read((manager) => this.repo.findVisible(manager, measure, id.toLowerCase(), scopeOf(principal))) : null;
    if (!row) throw Errors.notFound(APPLICATION);
    return row;
  }

  /** The stored result of an earlier submit with this key, if there was one. */
  private async replay(measure: string, principal: Principal, id: string, key: string): Promise<ApplicationRecord | undefined> {
    const row = await this.db.read((manager) => this.repo.findByIdempotencyKey(manager, measure, key));
    if (!row) return undefined;
    if (row.id !== id.toLowerCase()) {
      throw Errors.conflict('idempotency-key-reused', '该 Idempotency-Key 已用于另一份申请：每次提交请使用新的键', 'This Idempotency-Key was already used for another application: use a new key for each submission');
    }
    return this.get(measure, principal, id);
  }
}

/** The server-owned subjects an edit moved (an admin moving a draft to another organisation shows here). */
function subjectChanges(row: ApplicationEntity, next: { applicantId: string | null; district: string | null }): Record<string, unknown> {
  const moved: Record<string, unknown> = {};
  if (row.applicantId !== next.applicantId) moved.applicantId = { before: row.applicantId, after: next.applicantId };
  if (row.district !== next.district) moved.district = { before: row.district, after: next.district };
  return moved;
}

function notEditable(status: string): ApiError {
  return Errors.conflict('not-editable', `该申请已不是草稿（状态 ${status}），不能修改：如需更正，请联系受理单位`, `This application is no longer a draft (status ${status}), so it cannot be changed: contact the responsible unit to correct it`);
}


