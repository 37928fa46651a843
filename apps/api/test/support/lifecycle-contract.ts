/* eslint-disable @typescript-eslint/no-explicit-any -- response bodies are arbitrary JSON */
import { AuditService, Clock } from '@pioneer/api-core';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { checkAuditLogFilters } from './audit-filters-check';
import { type Harness, startApi, type TestDatabase, testConfig, TODAY, TOKENS } from './api-harness';
import {
  clone,
  getPath,
  type MeasureFixture,
  otherApplicantId,
  pickBudgetedMeasure,
  pickMeasure,
  pickRubricMeasure,
  setPath,
} from './measure-fixture';
import { openApiValidator } from './openapi-validator';

/**
 * The second half of a grant's life over HTTP on a real database: review, approval against the
 * annual budget from the platform's own records, payments, returns, withdrawals and their
 * audit trail. Measures come from the schemas; expected amounts from the engine.
 */
export function describeLifecycleContract(label: string, createDatabase: () => Promise<TestDatabase>): void {
  describe(`the money path over HTTP on ${label}`, () => {
    let db: TestDatabase;
    let api: Harness;
    let m: MeasureFixture;
    let applicantA: string;
    const applicantB = otherApplicantId('B0LIFE');
    const openapi = openApiValidator();
    const conforms = (schema: string, value: unknown) => expect(openapi.problems(schema, value)).toEqual([]);
    const year = Number(TODAY.slice(0, 4));

    const act = (id: string, action: string, token: string, body?: unknown) =>
      api.call('POST', `/api/applications/${id}/${action}`, { token, body: body ?? {} });
    const ok = async (id: string, action: string, token: string, body?: unknown) => {
      const res = await act(id, action, token, body);
      expect([action, res.status, res.body?.error]).toEqual([action, 200, undefined]);
      return res.body;
    };
    /** A submitted application of measure `f` by applicant A (or another), with a project of its own. */
    const submitted = async (f: MeasureFixture, project: string, applicant = applicantA, token = TOKENS.applicantA) => {
      let form = setPath(clone(f.example), f.applicantPath, applicant);
      if (f.policy.info.subjects.projectRef) form = setPath(form, f.policy.info.subjects.projectRef, project);
      const draft = await api.call('POST', `/api/measures/${f.code}/applications`, { token, body: form });
      expect(draft.status).toBe(201);
      const done = await api.call('POST', `/api/measures/${f.code}/applications/${draft.body.id}/submit`, { token });
      expect(done.status).toBe(200);
      return done.body;
    };
    /** Through review to `scored`, without a rubric: one reviewer declares no conflict and recommends. */
    const recommended = async (id: string) => {
      await ok(id, 'reviewers', TOKENS.admin, { reviewers: ['rita'] });
      await ok(id, 'conflict-declaration', TOKENS.reviewer, { conflict: false });
      return ok(id, 'recommendation', TOKENS.reviewer);
    };
    const budgetOf = async (f: MeasureFixture) => {
      const res = await api.call('GET', `/api/budgets?year=${year}`, { token: TOKENS.approver });
      expect(res.status).toBe(200);
      return res.body.find((b: any) => b.budget === f.policy.budgetOf(f.code)!.code);
    };
    const trail = async (id: string) => (await api.call('GET', `/api/applications/${id}/audit`)).body.map((e: any) => e.action);

    beforeAll(async () => {
      m = pickBudgetedMeasure(TODAY);
      applicantA = getPath(m.example, m.applicantPath) as string;
      db = await createDatabase();
      api = await startApi(
        testConfig(db.config, applicantA, applicantB, {}, getPath(m.example, m.policy.info.subjects.district ?? '') as string),
      );
    });

    afterAll(async () => {
      await api?.close();
      await db?.drop();
    });

    it('reviews, approves against the budget, pays in two parts, and audits each step', async () => {
      const app = await submitted(m, 'LIFE-STORY-1');
      const before = await budgetOf(m);
      const scored = await recommended(app.id);
      expect([scored.status, scored.amount]).toEqual(['scored', m.expected.award!.amount]);
      const approved = await ok(app.id, 'approve', TOKENS.approver, { comment: '同意' });
      expect(approved).toMatchObject({
        status: 'approved',
        approvedAmount: m.expected.award!.amount,
        budgetCode: m.policy.budgetOf(m.code)!.code,
        budgetYear: year,
      });
      conforms('ApplicationRecord', approved);
      const after = await budgetOf(m);
      expect(after.committed - before.committed).toBe(approved.approvedAmount);
      conforms('BudgetYear', after);
      const half = Math.floor(approved.approvedAmount / 2);
      const part = await ok(app.id, 'payments', TOKENS.approver, { amount: half, reference: 'BANK-001' });
      expect([part.status, part.paidAmount]).toEqual(['approved', half]);
      const rest = await ok(app.id, 'payments', TOKENS.approver, { amount: approved.approvedAmount - half, reference: 'BANK-002' });
      expect([rest.status, rest.paidAmount]).toEqual(['paid', approved.approvedAmount]);
      expect((await act(app.id, 'payments', TOKENS.approver, { amount: 1, reference: 'BANK-003' })).status).toBe(409);
      expect((await budgetOf(m)).paid - before.paid).toBe(approved.approvedAmount);
      const entries = await api.call('GET', `/api/budgets/${m.policy.info.code}/${after.budget}/${year}/entries?perPage=200`, {
        token: TOKENS.approver,
      });
      const mine = entries.body.data.filter((e: any) => e.applicationId === app.id);
      expect(mine.every((e: any) => e.applicationNumber === app.number)).toBe(true);
      // Entries made in one millisecond (the tests' clock is fixed) share their time: compare as a set.
      const moves = (list: Array<[string, number]>) => list.map((e) => e.join(' ')).sort();
      expect(moves(mine.map((e: any) => [e.kind, e.amount]))).toEqual(
        moves([
          ['reserve', approved.approvedAmount],
          ['payment', half],
          ['payment', approved.approvedAmount - half],
        ]),
      );
      expect(await trail(app.id)).toEqual([
        'application.create',
        'application.submit',
        'application.assign',
        'review.declare',
        'application.recommend',
        'application.approve',
        'application.pay',
        'application.settle',
      ]);
      const verified = await api.call('GET', '/api/audit/verify');
      expect(verified.body).toMatchObject({ ok: true });
      // The whole log, newest first, a page at a time: this application's last steps lead it.
      const newest = await api.call('GET', '/api/audit/events?perPage=3');
      expect(newest.body.total).toBe(verified.body.events);
      expect(newest.body.data.map((e: any) => [e.seq, e.action, e.applicationNumber])).toEqual([
        [verified.body.events, 'application.settle', app.number],
        [verified.body.events - 1, 'application.pay', app.number],
        [verified.body.events - 2, 'application.approve', app.number],
      ]);
      const next = await api.call('GET', '/api/audit/events?perPage=3&page=2');
      expect(next.body.data.map((e: any) => e.seq)).toEqual([verified.body.events - 3, verified.body.events - 4, verified.body.events - 5]);
      expect((await api.call('GET', `/api/audit/events?page=${verified.body.events}&perPage=200`)).body).toEqual({ data: [], total: verified.body.events });
      expect((await api.call('GET', '/api/audit/events?perPage=201')).body.error).toBe('invalid-query');
      expect(
        await new AuditService(new Clock(testConfig(db.config, applicantA, applicantB))).verify(api.app.get(DataSource).manager),
      ).toMatchObject({ ok: true });
    });

    it("narrows the audit log by action, actor, entity and the API's days, with totals for paging", async () => {
      const app = await submitted(m, 'LIFE-AUDIT-1');
      await recommended(app.id);
      await ok(app.id, 'approve', TOKENS.approver);
      await checkAuditLogFilters(api, testConfig(db.config, applicantA, applicantB), app, conforms);
    });

    it('exports applications and the ledger as CSV and XLSX with zh-CN headings and amounts in yuan', async () => {
      const app = await submitted(m, 'LIFE-EXPORT-1');
      await recommended(app.id);
      const approved = await ok(app.id, 'approve', TOKENS.approver);
      const csv = await api.call('GET', `/api/exports/applications?measure=${m.code}&year=${year}`, { token: TOKENS.approver });
      expect(csv.status).toBe(200);
      expect(csv.headers['content-type']).toMatch(/text\/csv/);
      const lines = csv.text
        .replace(/^\ufeff/, '')
        .trim()
        .split('\r\n');
      expect(lines[0].split(',').slice(0, 3)).toEqual(['申请编号', '措施', '统一社会信用代码']);
      const line = lines.find((l) => l.startsWith(app.number))!;
      expect(line.endsWith(`,${app.id}`)).toBe(true);
      expect(line).toContain(',已批准,');
      expect(line).toContain(`,${approved.approvedAmount / 100},`);
      const xlsx = await api.app.inject({
        method: 'GET',
        url: `/api/exports/ledger/${m.policy.info.code}/${approved.budgetCode}/${year}?format=xlsx`,
        headers: { authorization: `Bearer ${TOKENS.admin}` },
      });
      expect(xlsx.statusCode).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      const sheet = book.worksheets[0];
      expect(sheet.getRow(1).values).toEqual([undefined, '时间', '申请编号', '类型', '金额（元）', '操作人', '备注']);
      const rows = sheet.getSheetValues().filter((r: any) => r && r[2] === app.number);
      expect(rows.map((r: any) => [r[3], r[4]])).toEqual([['批准占用', approved.approvedAmount / 100]]);
      const selected = await api.call('GET', `/api/exports/applications?measure=${m.code}&ids=${app.id}`, { token: TOKENS.admin });
      expect(selected.text.replace(/^\ufeff/, '').trim().split('\r\n').slice(1).map((l: string) => l.split(',')[0])).toEqual([app.number]);
      expect((await api.call('GET', `/api/exports/applications?measure=${m.code}&ids=not-an-id`, { token: TOKENS.admin })).status).toBe(400);
      expect((await api.call('GET', `/api/exports/applications?measure=${m.code}`, { token: TOKENS.applicantA })).status).toBe(403);
      expect((await api.call('GET', `/api/exports/applications?measure=nope`, { token: TOKENS.admin })).status).toBe(400);
    });

    it('assigns only reviewers’ accounts: configured reviewers and active reviewer users, not a typo or another role', async () => {
      const app = await submitted(m, 'LIFE-ASSIGN-1');
      const user = await api.call('POST', '/api/users', {
        body: { username: 'lifecycle-reviewer', displayName: '评审专家甲', role: 'reviewer', password: 'a-long-enough-passphrase' },
      });
      expect(user.status).toBe(201);
      const wrong = await act(app.id, 'reviewers', TOKENS.admin, { reviewers: ['rita', 'ritaa', 'april', 'user:lifecycle-reviewer'] });
      expect([wrong.status, wrong.body.issues.map((i: any) => i.pointer)]).toEqual([400, ['/reviewers/1', '/reviewers/2']]);
      expect((await api.call('GET', `/api/applications/${app.id}`, { token: TOKENS.admin })).body.status).toBe('submitted');
      const assigned = await ok(app.id, 'reviewers', TOKENS.admin, { reviewers: ['rita', 'user:lifecycle-reviewer'] });
      expect(assigned.map((a: any) => a.reviewer).sort()).toEqual(['rita', 'user:lifecycle-reviewer']);
    });

    it('returns an application for correction with what to do; the applicant edits and resubmits it', async () => {
      const app = await submitted(m, 'LIFE-RETURN-1');
      await ok(app.id, 'reviewers', TOKENS.admin, { reviewers: ['rita'] });
      expect((await act(app.id, 'return', TOKENS.reviewer, {})).body.issues[0].pointer).toBe('/reason');
      const returned = await ok(app.id, 'return', TOKENS.reviewer, { reason: '请补充服务合同盖章页' });
      expect([returned.status, returned.statusReason]).toEqual(['returned', '请补充服务合同盖章页']);
      const mine = await api.call('GET', `/api/measures/${m.code}/applications/${app.id}`, { token: TOKENS.applicantA });
      expect(mine.body.statusReason).toBe('请补充服务合同盖章页');
      expect(
        (await api.call('PATCH', `/api/measures/${m.code}/applications/${app.id}`, { token: TOKENS.applicantA, body: mine.body.data }))
          .status,
      ).toBe(200);
      const again = await api.call('POST', `/api/measures/${m.code}/applications/${app.id}/submit`, { token: TOKENS.applicantA });
      expect([again.status, again.body.status, again.body.statusReason]).toEqual([200, 'submitted', null]);
    });

    it('rejects with a reason, and releases the budget when an approval is revoked or withdrawn', async () => {
      const rejected = await submitted(m, 'LIFE-REJECT-1');
      expect((await act(rejected.id, 'reject', TOKENS.approver, {})).status).toBe(400);
      expect((await ok(rejected.id, 'reject', TOKENS.approver, { reason: '不符合申报条件' })).status).toBe('rejected');
      for (const [action, token] of [
        ['revoke', TOKENS.approver],
        ['withdraw', TOKENS.applicantA],
      ] as const) {
        const app = await submitted(m, `LIFE-${action}-1`);
        await recommended(app.id);
        const before = await budgetOf(m);
        await ok(app.id, 'approve', TOKENS.approver);
        const released = await ok(app.id, action, token, { reason: '项目终止' });
        expect([released.status, released.statusReason]).toEqual([action === 'revoke' ? 'rejected' : 'withdrawn', '项目终止']);
        expect((await budgetOf(m)).committed).toBe(before.committed);
      }
    });

    it('refuses a second award in the same exclusivity group from the database alone (P1)', async () => {
      const groups = m.policy.info.exclusivityGroups.filter((g) => g.measures.includes(m.code));
      if (!groups.length) return; // the measure is in no group
      const first = await submitted(m, 'LIFE-P1-SAME');
      const second = await submitted(m, 'LIFE-P1-SAME');
      await recommended(first.id);
      await recommended(second.id);
      await ok(first.id, 'approve', TOKENS.approver);
      const refused = await act(second.id, 'approve', TOKENS.approver);
      expect([refused.status, refused.body.error]).toEqual([409, 'not-approvable']);
      expect(refused.body.message['zh-CN']).toContain(groups[0].reason['zh-CN']);
      expect((await api.call('GET', `/api/applications/${second.id}`, { token: TOKENS.approver })).body.status).toBe('scored');
      // Once the first is awarded, a reviewer cannot recommend a third for the same project either:
      // the refusal names the rule, and the application stays under review to be returned or rejected.
      const third = await submitted(m, 'LIFE-P1-SAME');
      await ok(third.id, 'reviewers', TOKENS.admin, { reviewers: ['rita'] });
      await ok(third.id, 'conflict-declaration', TOKENS.reviewer, { conflict: false });
      const notRecommended = await act(third.id, 'recommendation', TOKENS.reviewer);
      expect([notRecommended.status, notRecommended.body.error]).toEqual([409, 'not-recommendable']);
      expect(notRecommended.body.message['zh-CN']).toContain(groups[0].reason['zh-CN']);
      expect(notRecommended.body.message.en).toMatch(/return it|reject/i);
      expect((await api.call('GET', `/api/applications/${third.id}`, { token: TOKENS.approver })).body.status).toBe('under-review');
    });

    it('cuts an award under the cumulative cap (P3) from the platform’s earlier award plus the support the form declares', async () => {
      const second = pickMeasure(
        TODAY,
        (f) =>
          f.code !== m.code &&
          !!f.policy.info.subjects.projectRef &&
          !!f.policy.budgetOf(f.code) &&
          !f.policy.measure(f.code).rubric &&
          !f.policy.info.exclusivityGroups.some((g) => g.measures.includes(f.code) && g.measures.includes(m.code)),
      );
      const first = m.expected.award!.amount!;
      const uncut = second.expected.award!.amount!;
      // National funding declared on the project brings P3 into play: city funding for the project
      // may not pass its audited investment. The investment leaves room for half the second award.
      const audited = first + Math.floor(uncut / 2);
      const senior = [{ level: 'national', programme: '国家重点研发计划', amount: 300_000_000, date: '2025-01-10' }];
      const withProject = (f: MeasureFixture) => {
        let form = setPath(clone(f.example), f.applicantPath, applicantA);
        form = setPath(form, f.policy.info.subjects.projectRef!, 'LIFE-P3-SHARED');
        form = setPath(form, f.policy.info.subjects.auditedInvestment!, audited);
        return setPath(form, f.policy.info.subjects.projectRef!.replace(/\.[^.]+$/, '.seniorSupport'), senior);
      };
      const apps = [];
      for (const f of [m, second]) {
        const draft = await api.call('POST', `/api/measures/${f.code}/applications`, { token: TOKENS.applicantA, body: withProject(f) });
        expect(draft.status).toBe(201);
        const done = await api.call('POST', `/api/measures/${f.code}/applications/${draft.body.id}/submit`, { token: TOKENS.applicantA });
        expect([done.status, done.body.amount]).toEqual([200, f === m ? first : uncut]);
        await recommended(done.body.id);
        apps.push(done.body);
      }
      expect((await ok(apps[0].id, 'approve', TOKENS.approver)).approvedAmount).toBe(first);
      const cut = await ok(apps[1].id, 'approve', TOKENS.approver);
      expect(cut.approvedAmount).toBe(audited - first);
      expect(cut.decision.award.beforeCut).toBe(uncut);
      expect(cut.decision.rules.find((r: any) => r.code === 'P3-cumulative-cap')).toMatchObject({ passed: true });
    });

    it('holds a per-applicant yearly cap from the platform’s own awards, whatever project the second application names', async () => {
      const capped = pickMeasure(
        TODAY,
        (f) =>
          (f.policy.measure(f.code).schema['x-award'] as any)?.capScope?.per === 'applicant' &&
          !!f.policy.budgetOf(f.code) &&
          !f.policy.measure(f.code).rubric,
      );
      const scope = (capped.policy.measure(capped.code).schema['x-award'] as any).capScope;
      // The cap of the parameter version the decision used, as the schema states it.
      const versions = capped.policy.measure(capped.code).schema['x-versions'] as Array<{
        version?: string;
        id?: string;
        values: Record<string, unknown>;
      }>;
      const cap = (versions.find((v) => (v.version ?? v.id) === capped.expected.version) ?? versions[0]).values[scope.cap.param];
      const each = capped.expected.award!.amount!;
      const ids = [];
      // An organisation of its own: earlier tests' awards to applicant A count against A's cap too.
      const applicantC = otherApplicantId('C0CAP');
      for (const project of ['LIFE-CAP-1', 'LIFE-CAP-2']) ids.push((await submitted(capped, project, applicantC, TOKENS.admin)).id);
      for (const id of ids) await recommended(id);
      expect((await ok(ids[0], 'approve', TOKENS.approver)).approvedAmount).toBe(each);
      const second = await act(ids[1], 'approve', TOKENS.approver);
      // The example's award fits the cap once but not twice: the second is cut to what is left of the
      // applicant's cap this year.
      expect(typeof cap).toBe('number');
      expect(each).toBeLessThan(cap as number);
      expect(each * 2).toBeGreaterThan(cap as number);
      expect([second.status, second.body.approvedAmount]).toEqual([200, (cap as number) - each]);
    });

    it('scores a rubric measure: declaration first, the rubric checked, the engine combining enough reviewers', async () => {
      const r = pickRubricMeasure(TODAY);
      const rubric = r.policy.measure(r.code).rubric!;
      const app = await submitted(r, 'LIFE-RUBRIC-1');
      const reviewers = [TOKENS.reviewer, TOKENS.reviewer2, TOKENS.reviewer3];
      await ok(app.id, 'reviewers', TOKENS.admin, { reviewers: ['rita', 'rob', 'ruth', 'ray'] });
      const top = Object.fromEntries(rubric.criteria.map((c) => [c.code, rubric.scale.max]));
      expect((await act(app.id, 'scores', TOKENS.reviewer, { scores: top })).body.error).toBe('declaration-required');
      expect((await act(app.id, 'conflict-declaration', TOKENS.reviewerOfA, { conflict: false })).body.error).toBe('conflict-of-interest');
      for (const token of reviewers) await ok(app.id, 'conflict-declaration', token, { conflict: false });
      const bad = await act(app.id, 'scores', TOKENS.reviewer, {
        scores: { ...top, [rubric.criteria[0].code]: rubric.scale.max + 1, unknown: 1 },
      });
      expect(bad.body.issues.map((i: any) => i.pointer).sort()).toEqual([`/scores/${rubric.criteria[0].code}`, '/scores/unknown']);
      for (const token of reviewers) await ok(app.id, 'scores', token, { scores: top });
      const scored = await api.call('GET', `/api/applications/${app.id}`, { token: TOKENS.approver });
      const expected = r.policy.evaluate(r.code, scored.body.data, {
        asOf: TODAY,
        scores: ['rita', 'rob', 'ruth'].map((reviewer) => ({ reviewer, scores: top })),
      });
      expect([scored.body.status, scored.body.amount]).toEqual(['scored', expected.award!.amount]);
      expect(scored.body.amount).toBeGreaterThan(0);
      expect((await api.call('GET', `/api/applications/${app.id}/review`, { token: TOKENS.admin })).body).toHaveLength(4);
    });

    describe('who may do what', () => {
      let app: any;
      beforeAll(async () => {
        app = await submitted(m, 'LIFE-MATRIX-1');
      });

      it('admits each lifecycle route only for its roles, and hides the application from other organisations and districts', async () => {
        const routes: Array<[string, string[]]> = [
          ['reviewers', ['admin']],
          ['conflict-declaration', ['reviewer']],
          ['scores', ['reviewer']],
          ['recommendation', ['reviewer']],
          ['return', ['admin', 'reviewer']],
          ['approve', ['approver']],
          ['reject', ['approver']],
          ['revoke', ['approver']],
          ['payments', ['approver']],
          ['withdraw', ['admin', 'applicant']],
        ];
        const roles: Record<string, string> = {
          admin: TOKENS.admin,
          reviewer: TOKENS.reviewer,
          approver: TOKENS.approver,
          'district-officer': TOKENS.district,
          applicant: TOKENS.applicantA,
        };
        for (const [route, allowed] of routes) {
          for (const [role, token] of Object.entries(roles)) {
            const res = await act(app.id, route, token, { unexpected: true });
            // An admitted role reaches the body check (400 naming the stray field); any other is 403.
            expect([route, role, res.status]).toEqual([route, role, allowed.includes(role) ? 400 : 403]);
          }
        }
        // The bulk approval admits exactly the roles of the single one.
        for (const [role, token] of Object.entries(roles)) {
          const res = await api.call('POST', '/api/approvals', { token, body: { ids: [app.id], unexpected: true } });
          expect(['approvals', role, res.status]).toEqual(['approvals', role, routes.find(([r]) => r === 'approve')![1].includes(role) ? 400 : 403]);
        }
        expect((await act(app.id, 'withdraw', TOKENS.applicantB, { reason: '不是我的' })).status).toBe(404);
        expect((await api.call('GET', `/api/applications/${app.id}`, { token: TOKENS.applicantB })).status).toBe(404);
        expect((await api.call('GET', `/api/applications/${app.id}/audit`, { token: TOKENS.applicantB })).status).toBe(404);
        expect((await api.call('GET', `/api/budgets`, { token: TOKENS.applicantA })).status).toBe(403);
        expect((await api.call('GET', `/api/audit/verify`, { token: TOKENS.approver })).status).toBe(403);
        expect((await api.call('GET', `/api/audit/events`, { token: TOKENS.approver })).status).toBe(403);
      });

      it('lets no body set status, amounts, scores, applicant or reviewer (mass assignment)', async () => {
        for (const field of ['status', 'amount', 'approvedAmount', 'paidAmount', 'applicantId', 'reviewer', 'decision']) {
          const res = await act(app.id, 'reject', TOKENS.approver, { reason: '理由充分', [field]: 1 });
          expect([field, res.status, res.body.issues?.[0]?.pointer]).toEqual([field, 400, `/${field}`]);
        }
        const draft = await api.call('POST', `/api/measures/${m.code}/applications`, {
          token: TOKENS.applicantA,
          body: { ...m.example, approvedAmount: 1, paidAmount: 1, statusReason: 'x' },
        });
        expect(draft.status).toBe(400);
        expect((await api.call('GET', `/api/applications/${app.id}`, { token: TOKENS.admin })).body.status).toBe('submitted');
      });
    });
  });
}
