/* eslint-disable @typescript-eslint/no-explicit-any -- response bodies are arbitrary JSON */
import { AuditEventEntity, ApplicationEntity } from '@pioneer/api-core';
import { MEASURES } from '@pioneer/contracts';
import { DataSource } from 'typeorm';
import { type Harness, NOW, startApi, type TestDatabase, testConfig, TODAY, TOKENS } from './api-harness';
import { clone, getPath, type MeasureFixture, otherApplicantId, pickMeasure, setPath } from './measure-fixture';
import { openApiValidator } from './openapi-validator';

/**
 * The HTTP contract of the applications API, run against a real database (SQLite or PostgreSQL).
 * The measure under test comes from the schemas; expected decisions come from the engine.
 */
export function describeApplicationsContract(label: string, createDatabase: () => Promise<TestDatabase>): void {
  describe(`applications API over HTTP on ${label}`, () => {
    let db: TestDatabase;
    let api: Harness;
    let m: MeasureFixture;
    let base: string;
    let applicantA: string;
    let district: string | undefined;
    const applicantB = otherApplicantId('B0TEST');
    const openapi = openApiValidator();
    const recordSchema = () => `${m.policy.measure(m.code).schema.title}Record`;
    const conforms = (schema: string, value: unknown) => expect(openapi.problems(schema, value)).toEqual([]);

    const count = async (entity: typeof ApplicationEntity | typeof AuditEventEntity) => api.app.get(DataSource).getRepository(entity).count();
    const auditOf = async (id: string) => api.app.get(DataSource).getRepository(AuditEventEntity).find({ where: { entityId: id }, order: { at: 'ASC' } });
    const createDraft = async (body: unknown, token = TOKENS.admin) => {
      const res = await api.call('POST', `${base}/applications`, { token, body });
      expect(res.status).toBe(201);
      return res.body;
    };

    beforeAll(async () => {
      m = pickMeasure(TODAY);
      base = `/api/measures/${m.code}`;
      applicantA = getPath(m.example, m.applicantPath) as string;
      db = await createDatabase();
      district = getPath(m.example, m.policy.info.subjects.district ?? '') as string | undefined;
      api = await startApi(testConfig(db.config, applicantA, applicantB, {}, district));
    });

    afterAll(async () => {
      await api?.close();
      await db?.drop();
    });

    describe('drafts', () => {
      it('creates a draft from a partial form, owned by the calling applicant, and audits it', async () => {
        const partial = { [m.applicantPath.split('.')[0]]: m.example[m.applicantPath.split('.')[0]] };
        const res = await api.call('POST', `${base}/applications`, { token: TOKENS.applicantA, body: partial });
        expect(res.status).toBe(201);
        expect(res.body).toMatchObject({ measure: m.code, policy: m.policy.info.code, status: 'draft', applicantId: applicantA, data: partial, decision: null, amount: null, version: null, submittedAt: null, createdAt: NOW });
        conforms(recordSchema(), res.body);
        const audit = await auditOf(res.body.id);
        expect(audit.map((e) => [e.action, e.actor, e.role])).toEqual([['application.create', 'org-a', 'applicant']]);
      });

      it('replaces the form with PATCH and returns it with GET', async () => {
        const draft = await createDraft({});
        const patched = await api.call('PATCH', `${base}/applications/${draft.id}`, { body: m.example });
        expect(patched.status).toBe(200);
        expect(patched.body.data).toEqual(m.example);
        expect(patched.body.applicantId).toBe(applicantA);
        const got = await api.call('GET', `${base}/applications/${draft.id.toUpperCase()}`);
        expect(got.status).toBe(200);
        expect(got.body).toEqual(patched.body);
        expect(got.headers).toMatchObject({ 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
        expect((await auditOf(draft.id)).map((e) => e.action)).toEqual(['application.create', 'application.update']);
      });

      it('refuses server-owned fields in the body with a 400 naming them, and stores nothing', async () => {
        const before = await count(ApplicationEntity);
        const res = await api.call('POST', `${base}/applications`, { body: { ...m.example, status: 'approved', amount: 1 } });
        expect(res.status).toBe(400);
        expect(res.body.error).toBe('validation-failed');
        expect(res.body.issues.map((i: any) => i.pointer).sort()).toEqual(['/amount', '/status']);
        conforms('Error', res.body);
        expect(await count(ApplicationEntity)).toBe(before);
      });

      it('refuses a field of the wrong type with a 400 naming it', async () => {
        const res = await api.call('POST', `${base}/applications`, { body: setPath(m.example, m.applicantPath, 12345) });
        expect(res.status).toBe(400);
        expect(res.body.issues).toEqual([expect.objectContaining({ pointer: `/${m.applicantPath.replace(/\./g, '/')}` })]);
        expect(res.body.message.en).toMatch(/correct the fields/);
      });

      it('refuses a body that is not a JSON object, and unreadable JSON', async () => {
        const array = await api.call('POST', `${base}/applications`, { body: [1, 2] });
        expect(array.status).toBe(400);
        expect(array.body.error).toBe('invalid-body');
        const empty = await api.call('POST', `${base}/applications`, { payload: '', headers: { 'content-type': 'application/json' } });
        expect([empty.status, empty.body.error]).toEqual([400, 'invalid-body']);
        const poisoned = await api.call('POST', `${base}/applications`, { payload: '{"__proto__": {"admin": true}}', headers: { 'content-type': 'application/json' } });
        expect(poisoned.status).toBe(400);
        const broken = await api.call('POST', `${base}/applications`, { payload: '{"applicant": ', headers: { 'content-type': 'application/json' } });
        expect(broken.status).toBe(400);
        expect(broken.body).toMatchObject({ statusCode: 400, error: 'bad-request' });
        conforms('Error', broken.body);
      });

      it('refuses a body over the size limit with 413', async () => {
        const res = await api.call('POST', `${base}/applications`, { body: { padding: 'x'.repeat(1024 * 1024 + 10) } });
        expect(res.status).toBe(413);
        expect(res.body).toMatchObject({ statusCode: 413, error: 'payload-too-large' });
      });
    });

    describe('submission', () => {
      it('validates, evaluates with the version in force on the submission date, and stores decision and amount', async () => {
        const draft = await createDraft(m.example, TOKENS.applicantA);
        // Sent as many clients do: a JSON content type and no body.
        const res = await api.call('POST', `${base}/applications/${draft.id}/submit`, { token: TOKENS.applicantA, payload: '', headers: { 'content-type': 'application/json' } });
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({ status: 'submitted', submittedAt: NOW, version: m.expected.version, amount: m.expected.award!.amount });
        expect(res.body.decision).toEqual(m.expected);
        conforms(recordSchema(), res.body);
        const got = await api.call('GET', `${base}/applications/${draft.id}`, { token: TOKENS.applicantA });
        expect(got.body).toEqual(res.body);
        const audit = await auditOf(draft.id);
        expect(audit.map((e) => e.action)).toEqual(['application.create', 'application.submit']);
        expect(audit[1].details).toMatchObject({ from: 'draft', to: 'submitted', amount: m.expected.award!.amount });
      });

      it('answers 400 naming the missing field and changes nothing when the form is incomplete', async () => {
        const required = (m.policy.measure(m.code).schema.required as string[]).find((key) => key !== m.applicantPath.split('.')[0])!;
        const { [required]: _dropped, ...incomplete } = clone(m.example);
        const draft = await createDraft(incomplete);
        const auditBefore = await count(AuditEventEntity);
        const res = await api.call('POST', `${base}/applications/${draft.id}/submit`);
        expect(res.status).toBe(400);
        expect(res.body.error).toBe('validation-failed');
        expect(res.body.issues).toContainEqual({ pointer: `/${required}`, message: expect.objectContaining({ 'zh-CN': expect.any(String), en: expect.any(String) }) });
        conforms('Error', res.body);
        const after = await api.call('GET', `${base}/applications/${draft.id}`);
        expect(after.body).toEqual(draft);
        expect(await count(AuditEventEntity)).toBe(auditBefore);
      });

      it('returns the same result for a repeated Idempotency-Key, and refuses the key for another application', async () => {
        const draft = await createDraft(m.example);
        const key = `key-${draft.id}`;
        const first = await api.call('POST', `${base}/applications/${draft.id}/submit`, { headers: { 'idempotency-key': key } });
        const again = await api.call('POST', `${base}/applications/${draft.id}/submit`, { headers: { 'idempotency-key': key } });
        expect(first.status).toBe(200);
        expect(again.status).toBe(200);
        expect(again.body).toEqual(first.body);
        expect((await auditOf(draft.id)).filter((e) => e.action === 'application.submit')).toHaveLength(1);
        const withoutKey = await api.call('POST', `${base}/applications/${draft.id}/submit`);
        expect(withoutKey.status).toBe(409);
        expect(withoutKey.body.error).toBe('invalid-transition');
        const other = await createDraft(m.example);
        const reused = await api.call('POST', `${base}/applications/${other.id}/submit`, { headers: { 'idempotency-key': key } });
        expect(reused.status).toBe(409);
        expect(reused.body.error).toBe('idempotency-key-reused');
        expect((await api.call('GET', `${base}/applications/${other.id}`)).body.status).toBe('draft');
      });

      it('lets exactly one of several simultaneous submits win', async () => {
        const draft = await createDraft(m.example);
        const results = await Promise.all(Array.from({ length: 6 }, () => api.call('POST', `${base}/applications/${draft.id}/submit`)));
        expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409, 409]);
        expect((await auditOf(draft.id)).filter((e) => e.action === 'application.submit')).toHaveLength(1);
      });

      it('answers simultaneous submits with one key all with the one stored result', async () => {
        const draft = await createDraft(m.example);
        const headers = { 'idempotency-key': `same-${draft.id}` };
        const results = await Promise.all(Array.from({ length: 4 }, () => api.call('POST', `${base}/applications/${draft.id}/submit`, { headers })));
        expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200]);
        for (const r of results) expect(r.body).toEqual(results[0].body);
      });

      it('refuses to change a submitted application (409)', async () => {
        const draft = await createDraft(m.example);
        await api.call('POST', `${base}/applications/${draft.id}/submit`);
        const res = await api.call('PATCH', `${base}/applications/${draft.id}`, { body: m.example });
        expect(res.status).toBe(409);
        expect(res.body.error).toBe('not-editable');
        expect(res.body.message.en).toMatch(/contact the responsible unit/);
      });
    });

    describe('lists', () => {
      it('pages, filters by status and sorts', async () => {
        for (let i = 0; i < 3; i++) await createDraft({}, TOKENS.admin);
        const all = await api.call('GET', `${base}/applications?perPage=100`);
        expect(all.status).toBe(200);
        conforms(`${m.policy.measure(m.code).schema.title}Page`, all.body);
        const page2 = await api.call('GET', `${base}/applications?page=2&perPage=2&sort=createdAt&order=ASC`);
        expect(page2.body.total).toBe(all.body.total);
        expect(page2.body.data).toHaveLength(2);
        const drafts = await api.call('GET', `${base}/applications?status=draft&perPage=100`);
        expect(drafts.body.data.every((r: any) => r.status === 'draft')).toBe(true);
        expect(drafts.body.total).toBe(all.body.data.filter((r: any) => r.status === 'draft').length);
        const byAmount = await api.call('GET', `${base}/applications?status=submitted&sort=amount&order=DESC`);
        expect(byAmount.status).toBe(200);
      });

      it('answers 400 for a bad page size or unknown status', async () => {
        const res = await api.call('GET', `${base}/applications?perPage=0`);
        expect(res.status).toBe(400);
        expect(res.body.message.en).toMatch(/perPage/);
        expect((await api.call('GET', `${base}/applications?status=settled`)).status).toBe(400);
      });
      describe('form-field filters', () => {
        // A field the catalogue marks filterable, with a text value in the example (not named in code).
        const filterable = () => {
          const path = MEASURES.find((e) => e.code === m.code)!.filterFields.find((f) => typeof getPath(m.example, f) === 'string');
          if (!path) throw new Error(`${m.code} lists no filterable field with a text value in its example`);
          return { path, value: getPath(m.example, path) as string };
        };
        const q = (name: string, value: string) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`;

        it('returns only the applications whose field equals the value, still within the caller’s scope', async () => {
          const { path, value } = filterable();
          const matching = await createDraft(m.example, TOKENS.applicantA);
          const other = await createDraft({});
          const res = await api.call('GET', `${base}/applications?perPage=100&${q(`data.${path}`, value)}`);
          expect(res.status).toBe(200);
          conforms(`${m.policy.measure(m.code).schema.title}Page`, res.body);
          const ids = res.body.data.map((r: any) => r.id);
          expect(ids).toContain(matching.id);
          expect(ids).not.toContain(other.id);
          expect(res.body.data.every((r: any) => getPath(r.data, path) === value)).toBe(true);
          expect(res.body.total).toBe(res.body.data.length);
          const none = await api.call('GET', `${base}/applications?${q(`data.${path}`, `${value}-no-such-value`)}`);
          expect([none.status, none.body.total, none.body.data]).toEqual([200, 0, []]);
          const withStatus = await api.call('GET', `${base}/applications?perPage=100&status=draft&${q(`data.${path}`, value)}`);
          expect(withStatus.body.data.map((r: any) => r.id)).toContain(matching.id);
          const empty = await api.call('GET', `${base}/applications?perPage=100&${q(`data.${path}`, '')}`);
          expect(empty.body.data.map((r: any) => r.id)).toContain(other.id);
          const asOther = await api.call('GET', `${base}/applications?perPage=100&${q(`data.${path}`, value)}`, { token: TOKENS.applicantB });
          expect(asOther.status).toBe(200);
          expect(asOther.body.data.map((r: any) => r.id)).not.toContain(matching.id);
          expect(asOther.body.data.every((r: any) => r.applicantId === applicantB)).toBe(true);
          if (district) {
            // District officers see applications from their submission on.
            expect((await api.call('POST', `${base}/applications/${matching.id}/submit`, { token: TOKENS.applicantA })).status).toBe(200);
            const asDistrict = await api.call('GET', `${base}/applications?perPage=100&${q(`data.${path}`, value)}`, { token: TOKENS.district });
            expect(asDistrict.body.data.map((r: any) => r.id)).toContain(matching.id);
            expect(asDistrict.body.data.every((r: any) => r.district === district && getPath(r.data, path) === value)).toBe(true);
          }
        });

        it('answers 400 naming a data.* filter on a field that is not filterable, and listing the filters', async () => {
          const { path } = filterable();
          const notFilterable = 'data.noSuchField';
          const res = await api.call('GET', `${base}/applications?${q(notFilterable, 'x')}`);
          expect(res.status).toBe(400);
          expect(res.body.error).toBe('invalid-query');
          expect(res.body.message.en).toContain(notFilterable);
          expect(res.body.message['zh-CN']).toContain(notFilterable);
          expect(res.body.message.en).toContain(`data.${path}`);
          conforms('Error', res.body);
          const injection = await api.call('GET', `${base}/applications?${q("data.applicant') OR 1=1 --", 'x')}`);
          expect([injection.status, injection.body.error]).toEqual([400, 'invalid-query']);
        });

        it('answers 400 naming an unknown query parameter instead of ignoring it', async () => {
          const res = await api.call('GET', `${base}/applications?colour=blue`);
          expect(res.status).toBe(400);
          expect(res.body).toMatchObject({ statusCode: 400, error: 'invalid-query' });
          expect(res.body.message.en).toMatch(/colour/);
          expect(res.body.message.en).toMatch(/perPage/);
          conforms('Error', res.body);
        });
      });
    });

    describe('access', () => {
      it("shows applicants their own organisation's applications only; others are not found", async () => {
        const mine = await createDraft(m.example, TOKENS.applicantA);
        const list = await api.call('GET', `${base}/applications?perPage=100`, { token: TOKENS.applicantB });
        expect(list.status).toBe(200);
        expect(list.body.data.map((r: any) => r.id)).not.toContain(mine.id);
        expect(list.body.data.every((r: any) => r.applicantId === applicantB)).toBe(true);
        for (const [method, url] of [
          ['GET', `${base}/applications/${mine.id}`],
          ['PATCH', `${base}/applications/${mine.id}`],
          ['POST', `${base}/applications/${mine.id}/submit`],
        ]) {
          const res = await api.call(method, url, { token: TOKENS.applicantB, body: method === 'PATCH' ? {} : undefined });
          expect([method, res.status, res.body.error]).toEqual([method, 404, 'not-found']);
        }
        expect((await api.call('GET', `${base}/applications/${mine.id}`, { token: TOKENS.applicantA })).status).toBe(200);
      });

      it("shows a district officer its district's applications only", async () => {
        if (!district) return; // the policy names no district field
        const inDistrict = await createDraft(m.example);
        const draftInDistrict = await createDraft(m.example);
        const unplaced = await createDraft({});
        expect((await api.call('POST', `${base}/applications/${inDistrict.id}/submit`)).status).toBe(200);
        const list = await api.call('GET', `${base}/applications?perPage=100`, { token: TOKENS.district });
        expect(list.status).toBe(200);
        expect(list.body.data.map((r: any) => r.id)).toContain(inDistrict.id);
        // A draft is the applicant's working copy: not shown to district officers (nor reviewers) until submitted.
        expect(list.body.data.map((r: any) => r.id)).not.toContain(draftInDistrict.id);
        expect((await api.call('GET', `${base}/applications/${draftInDistrict.id}`, { token: TOKENS.district })).status).toBe(404);
        expect((await api.call('GET', `${base}/applications/${draftInDistrict.id}`, { token: TOKENS.reviewer })).status).toBe(404);
        expect((await api.call('GET', `${base}/applications/${inDistrict.id}`, { token: TOKENS.reviewer })).status).toBe(200);
        expect(list.body.data.every((r: any) => r.district === district)).toBe(true);
        expect((await api.call('GET', `${base}/applications/${unplaced.id}`, { token: TOKENS.district })).status).toBe(404);
        expect((await api.call('POST', `${base}/applications`, { token: TOKENS.district, body: {} })).status).toBe(403);
      });

      it("refuses an applicant acting for another organisation (403 naming the field)", async () => {
        const res = await api.call('POST', `${base}/applications`, { token: TOKENS.applicantB, body: m.example });
        expect(res.status).toBe(403);
        expect(res.body.error).toBe('applicant-mismatch');
        expect(res.body.issues[0].pointer).toBe(`/${m.applicantPath.replace(/\./g, '/')}`);
      });

      it('answers 401 without a valid token and 403 for a role that may not act', async () => {
        const none = await api.call('GET', `${base}/applications`, { token: null });
        expect(none.status).toBe(401);
        expect(none.headers['www-authenticate']).toMatch(/^Bearer/);
        expect(none.body.message.en).toMatch(/Authorization: Bearer/);
        expect((await api.call('GET', `${base}/applications`, { token: 'not-a-token' })).status).toBe(401);
        const reviewerCreates = await api.call('POST', `${base}/applications`, { token: TOKENS.reviewer, body: {} });
        expect(reviewerCreates.status).toBe(403);
        expect(reviewerCreates.body.error).toBe('forbidden');
        expect((await api.call('GET', `${base}/applications`, { token: TOKENS.reviewer })).status).toBe(200);
      });

      it('serves the catalogue, health and docs without a token', async () => {
        const catalogue = await api.call('GET', '/api/measures', { token: null });
        expect(catalogue.status).toBe(200);
        expect(catalogue.body.map((e: any) => e.code)).toContain(m.code);
        const clock = await api.call('GET', '/api/clock', { token: null });
        expect([clock.status, clock.body]).toEqual([200, { today: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }]);
        const health = await api.call('GET', '/api/health', { token: null });
        // Anonymous callers learn only that the API is up, not what it runs on.
        expect(health.body).toEqual({ status: 'ok' });
        conforms('Health', health.body);
        const signedIn = await api.call('GET', '/api/health');
        expect(signedIn.body).toMatchObject({ status: 'ok', database: label === 'PostgreSQL' ? 'postgres' : 'sqlite' });
        conforms('Health', signedIn.body);
        const doc = await api.call('GET', '/api/docs/openapi.json', { token: null });
        expect(doc.body).toEqual(openapi.document);
        const ui = await api.call('GET', '/api/docs', { token: null });
        expect([ui.status, ui.headers['content-type']]).toEqual([200, expect.stringMatching(/text\/html/)]);
      });

      it('answers 404 in the error shape for an unknown route or id', async () => {
        const route = await api.call('GET', '/api/no-such-thing');
        expect(route.body).toMatchObject({ statusCode: 404, error: 'not-found' });
        const id = await api.call('GET', `${base}/applications/not-a-uuid`);
        expect(id.body).toMatchObject({ statusCode: 404, error: 'not-found' });
      });
    });

    describe('estimate and eligibility', () => {
      it("returns the engine's decision for the date asked and stores nothing", async () => {
        const before = await count(ApplicationEntity);
        const res = await api.call('POST', `${base}/estimate?asOf=${TODAY}`, { token: TOKENS.applicantA, body: m.example });
        expect(res.status).toBe(200);
        expect(res.body).toEqual(m.expected);
        conforms('Decision', res.body);
        expect(await count(ApplicationEntity)).toBe(before);
      });

      it('answers 400 with the issues for an invalid application or date', async () => {
        const res = await api.call('POST', `${base}/estimate`, { body: setPath(m.example, m.applicantPath, 'not-a-code') });
        expect(res.status).toBe(400);
        expect(res.body.issues.map((i: any) => i.pointer)).toContain(`/${m.applicantPath.replace(/\./g, '/')}`);
        const date = await api.call('POST', `${base}/estimate?asOf=2025-02-30`, { body: m.example });
        expect([date.status, date.body.error]).toEqual([400, 'invalid-query']);
      });

      it('decides eligibility from a partial form, rule by rule', async () => {
        const root = m.applicantPath.split('.')[0];
        const res = await api.call('POST', `${base}/eligibility?asOf=${TODAY}`, { body: { [root]: m.example[root] } });
        expect(res.status).toBe(200);
        conforms('Eligibility', res.body);
        expect(res.body.rules.map((r: any) => r.code)).toEqual(m.policy.measure(m.code).eligibility.map((r) => r.code));
        expect(['eligible', 'possible']).toContain(res.body.status);
      });
    });

    describe('failures', () => {
      it('answers an unexpected failure with 500, a reference and no stack, and keeps nothing half-done', async () => {
        const before = await count(ApplicationEntity);
        await api.app.get(DataSource).query('DROP TABLE "audit_events"');
        const res = await api.call('POST', `${base}/applications`, { body: {} });
        expect(res.status).toBe(500);
        expect(res.body).toMatchObject({ statusCode: 500, error: 'internal-error' });
        expect(res.body.message.en).toMatch(/reference [0-9a-f-]{36}/);
        expect(res.text).not.toMatch(/\bat \S+ \(|\.ts:\d+|audit_events|QueryFailedError|SQLITE|relation/i);
        expect(await count(ApplicationEntity)).toBe(before);
      });
    });
  });
}
