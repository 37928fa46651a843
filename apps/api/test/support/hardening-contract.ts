/* eslint-disable @typescript-eslint/no-explicit-any -- response bodies are arbitrary JSON */
import { connect } from 'node:net';
import { ApplicationEntity, AuditEventEntity } from '@pioneer/api-core';
import type { FieldEntry } from '@pioneer/engine';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { type Harness, startApi, type TestDatabase, testConfig, TODAY, TOKENS } from './api-harness';
import { clone, getPath, type MeasureFixture, otherApplicantId, pickMeasure, setPath } from './measure-fixture';

/**
 * The defects found by trying the API as an attacker and a flaky network would (issue 6), one
 * test each, run against a real database (SQLite or PostgreSQL): hostile input is refused with
 * a 4xx naming the place and changes nothing; a retried submit hears the truth.
 */
export function describeHardeningContract(label: string, createDatabase: () => Promise<TestDatabase>): void {
  describe(`hostile and retried requests on ${label}`, () => {
    let db: TestDatabase;
    let api: Harness;
    let m: MeasureFixture;
    let base: string;
    let applicantA: string;
    const applicantB = otherApplicantId('B0HARD');

    const fields = (): FieldEntry[] => [...m.policy.measure(m.code).fields.values()];
    const rowCounts = async () => {
      const source = api.app.get(DataSource);
      return [await source.getRepository(ApplicationEntity).count(), await source.getRepository(AuditEventEntity).count()];
    };
    /** Sends a request and checks it was refused with a 4xx that names `pointer`, and that nothing changed. */
    const refused = async (method: string, url: string, options: Parameters<Harness['call']>[2], pointer?: string) => {
      const before = await rowCounts();
      const res = await api.call(method, url, options);
      expect([res.status, res.body?.error]).toEqual([400, expect.any(String)]);
      if (pointer !== undefined) expect(res.body.issues.map((i: any) => i.pointer)).toContain(pointer);
      expect(res.text).not.toMatch(/\bat .*\.(js|ts):\d+/);
      expect(await rowCounts()).toEqual(before);
      return res;
    };
    const draftId = async () => (await api.call('POST', `${base}/applications`, { body: {} })).body.id as string;

    beforeAll(async () => {
      m = pickMeasure(TODAY);
      base = `/api/measures/${m.code}`;
      applicantA = getPath(m.example, m.applicantPath) as string;
      db = await createDatabase();
      api = await startApi(testConfig(db.config, applicantA, applicantB));
    });

    afterAll(async () => {
      await api?.close();
      await db?.drop();
    });

    describe('work per request is bounded before validation (defect 1)', () => {
      const list = () => fields().find((f) => f.type === 'list' && typeof f.schema.maxItems === 'number')!;
      const withItems = (count: number) =>
        setPath(
          clone(m.example),
          list().path,
          Array.from({ length: count }, () => ({})),
        );

      it('refuses a list of 20,000 empty objects at the edge, on every route that takes a form', async () => {
        const id = await draftId();
        for (const [method, url] of [
          ['POST', `${base}/eligibility`],
          ['POST', `${base}/estimate`],
          ['POST', `${base}/applications`],
          ['PATCH', `${base}/applications/${id}`],
        ]) {
          const res = await refused(method, url, { body: withItems(20_000) }, list().pointer);
          expect(res.body.error).toBe('input-out-of-bounds');
          expect(res.body.issues).toHaveLength(1);
        }
      });

      it('refuses a bulk approval of 20,000 ids at the edge, and of 1,000 by its own limit, each with one issue', async () => {
        const edge = await refused('POST', '/api/approvals', { token: TOKENS.approver, body: { ids: Array.from({ length: 20_000 }, () => 'x') } }, '/ids');
        expect([edge.body.error, edge.body.issues.length]).toEqual(['input-out-of-bounds', 1]);
        const own = await refused('POST', '/api/approvals', { token: TOKENS.approver, body: { ids: Array.from({ length: 1_000 }, () => 'x') } }, '/ids');
        expect(own.body.issues).toHaveLength(1);
        expect(own.body.issues[0].message.en).toContain('1000 were sent');
      });

      it("refuses a list longer than its schema's maxItems with one issue, before the full validation", async () => {
        const count = (list().schema.maxItems as number) + 1;
        for (const url of [`${base}/eligibility`, `${base}/applications`]) {
          const res = await refused('POST', url, { body: withItems(count) }, list().pointer);
          // The full validation would report every item's missing fields; the bound check reports the list once.
          expect(res.body.issues).toHaveLength(1);
          expect(res.body.issues[0].message.en).toContain(`${count} were sent`);
          expect(res.body.issues[0].message['zh-CN']).toContain(`收到 ${count} 项`);
        }
      });
    });

    describe('hostile text and numbers are a 400 naming the field, never a 500 (defects 2 and 3)', () => {
      const text = () =>
        fields().find((f) => f.type === 'string' && !f.schema.enum && !f.schema.format && f.pointer.split('/').length === 3)!;
      const integerField = () => fields().find((f) => f.type === 'integer' || f.type === 'money')!;
      const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
      const subjects = () => m.policy.info.subjects;

      it('refuses NUL and unpaired surrogates in any string, in drafts and every form route', async () => {
        const nul = setPath(clone(m.example), text().path, 'a\u0000b');
        await refused('POST', `${base}/applications`, { body: nul }, text().pointer);
        await refused('POST', `${base}/eligibility`, { body: nul }, text().pointer);
        const surrogate = JSON.stringify(setPath({}, text().path, 'PLACEHOLDER')).replace('PLACEHOLDER', '\\ud800');
        await refused(
          'POST',
          `${base}/applications`,
          { payload: surrogate, headers: { 'content-type': 'application/json' } },
          text().pointer,
        );
        await refused('POST', `${base}/applications`, { body: { ['bad\u0000key']: 1 } });
      });

      it('refuses NUL in list filters and in any query parameter', async () => {
        for (const query of ['applicantId=%00', 'district=a%00b', `data.${m.policy.info.subjects.applicantId}=%00`, 'status=%ED%A0%80']) {
          await refused('GET', `${base}/applications?${query}`, {});
        }
      });

      it('refuses an applicant district or credit code that is not a valid value for its field', async () => {
        await refused(
          'POST',
          `${base}/applications`,
          { body: setPath({}, subjects().district!, 'x'.repeat(100)) },
          `/${subjects().district!.replace(/\./g, '/')}`,
        );
        await refused(
          'POST',
          `${base}/applications`,
          { body: setPath({}, subjects().applicantId, 'X'.repeat(100)) },
          `/${subjects().applicantId.replace(/\./g, '/')}`,
        );
      });

      it('refuses JSON nested 999 and 5,000 levels deep in any field', async () => {
        for (const depth of [999, 5_000]) {
          const payload = `{"declarations":{"truthful":${nested(depth)}}}`;
          const res = await refused('POST', `${base}/applications`, { payload, headers: { 'content-type': 'application/json' } });
          expect(res.body.error).toBe('input-out-of-bounds');
          await refused('POST', `${base}/estimate`, { payload, headers: { 'content-type': 'application/json' } });
        }
      });

      it('refuses a whole number beyond 2^53 instead of rounding it silently', async () => {
        const payload = JSON.stringify(setPath({}, integerField().path, 1)).replace(/:1}/, ':9007199254740993}');
        await refused('POST', `${base}/applications`, { payload, headers: { 'content-type': 'application/json' } }, integerField().pointer);
      });

      it('validates each value a draft holds for its field, though the draft may be incomplete', async () => {
        const email = fields().find((f) => f.schema.format === 'email');
        if (email) await refused('POST', `${base}/applications`, { body: setPath({}, email.path, 'not-an-email') }, email.pointer);
        const money = fields().find((f) => f.type === 'money')!;
        await refused('POST', `${base}/applications`, { body: setPath({}, money.path, -1) }, money.pointer);
        await refused('POST', `${base}/applications`, { body: setPath({}, money.path, 1.5) }, money.pointer);
        expect((await api.call('POST', `${base}/applications`, { body: setPath({}, money.path, 100) })).status).toBe(201);
      });
    });

    describe('a retried submit hears the truth (defect 4)', () => {
      it('answers 50 simultaneous submits with one key all 200 with the one stored result', async () => {
        const draft = (await api.call('POST', `${base}/applications`, { token: TOKENS.applicantA, body: m.example })).body;
        const headers = { 'idempotency-key': `race-${draft.id}` };
        const answers = await Promise.all(
          Array.from({ length: 50 }, () =>
            api.call('POST', `${base}/applications/${draft.id}/submit`, { token: TOKENS.applicantA, headers }),
          ),
        );
        expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
        for (const answer of answers) expect(answer.body).toEqual(answers[0].body);
      });

      it('scopes keys to the organisation: another applicant may use the same key and learns nothing', async () => {
        const key = { 'idempotency-key': 'shared-key-1' };
        const exampleB = setPath(clone(m.example), m.applicantPath, applicantB);
        const a = (await api.call('POST', `${base}/applications`, { token: TOKENS.applicantA, body: m.example })).body;
        const b = (await api.call('POST', `${base}/applications`, { token: TOKENS.applicantB, body: exampleB })).body;
        expect((await api.call('POST', `${base}/applications/${a.id}/submit`, { token: TOKENS.applicantA, headers: key })).status).toBe(
          200,
        );
        const second = await api.call('POST', `${base}/applications/${b.id}/submit`, { token: TOKENS.applicantB, headers: key });
        expect([second.status, second.body.id]).toEqual([200, b.id]);
      });
    });

    describe('what is recorded and shown (defects 6, 9, 10, 13)', () => {
      it('lists carry only the fields lists show; one application carries the whole form', async () => {
        const draft = (await api.call('POST', `${base}/applications`, { body: m.example })).body;
        const page = await api.call('GET', `${base}/applications?perPage=100`);
        const row = page.body.data.find((r: any) => r.id === draft.id);
        expect(JSON.stringify(row.data).length).toBeLessThan(JSON.stringify(m.example).length);
        expect(getPath(row.data, m.applicantPath)).toBe(applicantA);
        expect((await api.call('GET', `${base}/applications/${draft.id}`)).body.data).toEqual(m.example);
      });

      it('never echoes an unbounded key name in an error', async () => {
        const res = await refused('POST', `${base}/applications`, { body: { ['k'.repeat(900_000)]: 1 } });
        expect(res.text.length).toBeLessThan(4_000);
      });

      it('audits an edit field by field: an admin moving a draft to another organisation shows as such', async () => {
        const draft = (await api.call('POST', `${base}/applications`, { body: m.example })).body;
        const moved = setPath(clone(m.example), m.applicantPath, applicantB);
        expect((await api.call('PATCH', `${base}/applications/${draft.id}`, { body: moved })).status).toBe(200);
        const events = await api.app
          .get(DataSource)
          .getRepository(AuditEventEntity)
          .find({ where: { entityId: draft.id, action: 'application.update' } });
        expect(events).toHaveLength(1);
        const details = events[0].details as any;
        expect(details.applicantId).toEqual({ before: applicantA, after: applicantB });
        expect(details.changes).toEqual([
          {
            pointer: `/${m.applicantPath.replace(/\./g, '/')}`,
            before: expect.stringMatching(/^[0-9a-f]{16}$/),
            after: expect.stringMatching(/^[0-9a-f]{16}$/),
          },
        ]);
        expect(events[0].actor).toBe('alice');
      });

      it('answers an over-long id with a 404 in the API error body, not the framework’s', async () => {
        const res = await api.call('GET', `${base}/applications/${'a'.repeat(300)}`);
        expect([res.status, res.body.error]).toEqual([404, 'not-found']);
        expect(res.text).not.toMatch(/fastify|aaaaaaaaaa/i);
      });

      it('sends security headers, and forbids framing the docs page', async () => {
        const docs = await api.call('GET', '/api/docs', { token: null });
        expect(String(docs.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
        const list = await api.call('GET', `${base}/applications`);
        expect(list.headers).toMatchObject({
          'x-content-type-options': 'nosniff',
          'x-frame-options': 'SAMEORIGIN',
          'strict-transport-security': expect.any(String),
        });
      });

      it('answers health while writes are queued, without waiting behind them', async () => {
        const order: string[] = [];
        const writes = Array.from({ length: 40 }, () =>
          api.call('POST', `${base}/applications`, { body: m.example }).then(() => order.push('write')),
        );
        const health = api.call('GET', '/api/health', { token: null }).then((res) => order.push(`health ${res.status}`));
        await Promise.all([...writes, health]);
        expect(order.indexOf('health 200')).toBeGreaterThanOrEqual(0);
        expect(order.indexOf('health 200')).toBeLessThan(20);
      });
    });

    describe('limits per principal and per organisation (defects 5, 6, 8, 13)', () => {
      let limitsDb: TestDatabase;
      let limited: Harness;
      const nanshanToken = 'applicant-with-district';
      const districtPath = () => m.policy.info.subjects.district!;

      beforeAll(async () => {
        limitsDb = await createDatabase();
        const config = testConfig(limitsDb.config, applicantA, applicantB, {
          rateLimitPerMinute: 30,
          draftQuota: 2,
          idleTimeoutMs: 300,
          corsOrigins: ['https://portal.example.gov.cn'],
        });
        const district = getPath(m.example, districtPath()) as string;
        const tokens = new Map(config.tokens);
        tokens.set(nanshanToken, { role: 'applicant', subject: 'org-d', applicantId: applicantA, district: `${district}-other` });
        limited = await startApi({ ...config, tokens });
        await limited.app.listen({ port: 0, host: '127.0.0.1' });
      });

      afterAll(async () => {
        await limited?.close();
        await limitsDb?.drop();
      });

      it('refuses a third draft of one organisation with the quota and what to do', async () => {
        for (let i = 0; i < 2; i++)
          expect((await limited.call('POST', `${base}/applications`, { token: TOKENS.applicantA, body: {} })).status).toBe(201);
        const third = await limited.call('POST', `${base}/applications`, { token: TOKENS.applicantA, body: {} });
        expect([third.status, third.body.error]).toEqual([409, 'draft-quota-reached']);
        expect(third.body.message.en).toMatch(/submit existing drafts/);
        expect((await limited.call('POST', `${base}/applications`, { token: TOKENS.applicantB, body: {} })).status).toBe(201);
      });

      it("refuses a form naming another district than the organisation's registered one", async () => {
        const res = await limited.call('POST', `${base}/applications`, { token: nanshanToken, body: m.example });
        expect([res.status, res.body.error, res.body.issues[0].pointer]).toEqual([
          403,
          'district-mismatch',
          `/${districtPath().replace(/\./g, '/')}`,
        ]);
      });

      it('lets a district portal update drafts across origins (PATCH in the preflight)', async () => {
        const res = await limited.call('OPTIONS', `${base}/applications/00000000-0000-4000-8000-000000000000`, {
          token: null,
          headers: {
            origin: 'https://portal.example.gov.cn',
            'access-control-request-method': 'PATCH',
            'access-control-request-headers': 'authorization,content-type',
          },
        });
        expect(res.status).toBeLessThan(300);
        expect(String(res.headers['access-control-allow-methods'])).toContain('PATCH');
      });

      it('closes a connection whose body stalls, with or without a token', async () => {
        const { port } = limited.app.getHttpServer().address() as { port: number };
        for (const authorization of ['', `Authorization: Bearer ${TOKENS.admin}\r\n`]) {
          const closed = await stalledRequest(
            port,
            `POST ${base}/eligibility HTTP/1.1\r\nHost: x\r\n${authorization}Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"a":`,
          );
          expect(closed).toBe(true);
        }
      });

      if (label === 'PostgreSQL') {
        it('answers a request that waits longer than the idle timeout for its turn (the timeout is for stalled clients)', async () => {
          const config = limitsDb.config as Extract<typeof limitsDb.config, { kind: 'postgres' }>;
          const holder = new Client({ connectionString: config.url });
          await holder.connect();
          try {
            // Another writer holds the audit chain for 1 s: more than three idle timeouts (300 ms).
            await holder.query('SELECT pg_advisory_lock(7402316)');
            const release = setTimeout(() => void holder.query('SELECT pg_advisory_unlock(7402316)'), 1_000);
            const { port } = limited.app.getHttpServer().address() as { port: number };
            // Over a real connection (the socket's timeout is what is tested).
            const res = await fetch(`http://127.0.0.1:${port}${base}/applications`, {
              method: 'POST',
              headers: { authorization: `Bearer ${TOKENS.admin}`, 'content-type': 'application/json' },
              body: '{}',
            });
            clearTimeout(release);
            expect(res.status).toBe(201);
          } finally {
            await holder.end();
          }
        });
      }

      it('limits requests per principal with a 429 in the API error body, saying when to retry', async () => {
        let last = await limited.call('GET', `${base}/applications`, { token: TOKENS.reviewer });
        for (let i = 0; i < 40 && last.status !== 429; i++)
          last = await limited.call('GET', `${base}/applications`, { token: TOKENS.reviewer });
        expect([last.status, last.body.error]).toEqual([429, 'too-many-requests']);
        expect(Number(last.headers['retry-after'])).toBeGreaterThan(0);
        expect(last.body.message['zh-CN']).toMatch(/秒后重试/);
        expect((await limited.call('GET', `${base}/applications`, { token: TOKENS.district })).status).toBe(200);
      });
    });
  });
}

/** Opens a raw connection, sends a request that announces more body than it sends, and waits (at most 15 s) for the server to close it. */
function stalledRequest(port: number, head: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(head));
    const giveUp = setTimeout(() => {
      socket.destroy();
      resolve(false);
    }, 15_000);
    socket.on('data', () => undefined);
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(giveUp);
      resolve(true);
    });
  });
}
