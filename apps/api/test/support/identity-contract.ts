/* eslint-disable @typescript-eslint/no-explicit-any -- response bodies are arbitrary JSON */
import { AuditEventEntity, UserEntity } from '@pioneer/api-core';
import { policyDistricts, signAccessToken } from '@pioneer/api-identity';
import { DataSource } from 'typeorm';
import { type Harness, NOW, startApi, TEST_AUTH_SECRET, type TestDatabase, testConfig, TODAY, TOKENS } from './api-harness';
import { clone, getPath, type MeasureFixture, otherApplicantId, pickMeasure, setPath } from './measure-fixture';
import { openApiValidator } from './openapi-validator';
import { describeRegistrySearch } from './registry-search-contract';

const PASSWORD = 'correct-horse-battery';
const nowSeconds = Date.parse(NOW) / 1000;

/**
 * The HTTP contract of organisations and people on a real database: registration, password
 * sign-in, rotating refresh, sign-out, deactivation, API keys and their district scope, the
 * admin-only routes for every role (searched or not), keyword search on the registry lists,
 * mass assignment, and what never leaves the server.
 */
export function describeIdentityContract(label: string, createDatabase: () => Promise<TestDatabase>): void {
  describe(`organisations and people over HTTP on ${label}`, () => {
    let db: TestDatabase;
    let api: Harness;
    let m: MeasureFixture;
    const openapi = openApiValidator();
    const conforms = (schema: string, value: unknown) => expect(openapi.problems(schema, value)).toEqual([]);
    const [districtA, districtB] = policyDistricts();
    const orgCode = otherApplicantId('IDREG01');
    const audit = () => api.app.get(DataSource).getRepository(AuditEventEntity).find({ order: { at: 'ASC' } });

    const organisation = (overrides: Record<string, unknown> = {}) => ({ creditCode: orgCode, name: '深圳测试智能科技有限公司', kind: 'enterprise', district: districtA, registeredOn: '2021-03-04', contact: { name: '张三', phone: '0755-1234567' }, ...overrides });
    const signIn = async (username: string, password = PASSWORD, target = api) => target.call('POST', '/api/auth/sign-in', { token: null, body: { username, password } });
    const tokensOf = async (username: string, password = PASSWORD) => {
      const res = await signIn(username, password);
      expect(res.status).toBe(200);
      return res.body as { accessToken: string; refreshToken: string; user: any };
    };
    const createUser = async (body: Record<string, unknown>) => {
      const res = await api.call('POST', '/api/users', { body: { displayName: body.username, password: PASSWORD, ...body } });
      expect(res.status).toBe(201);
      return res.body;
    };

    let registered: { organisation: any; user: any };
    const staff: Record<string, string> = {};

    beforeAll(async () => {
      m = pickMeasure(TODAY);
      db = await createDatabase();
      api = await startApi(testConfig(db.config, getPath(m.example, m.applicantPath) as string, otherApplicantId('B0IDENT')));
      for (const role of ['admin', 'reviewer', 'approver', 'district-officer']) {
        await createUser({ username: `${role}-1`, role, ...(role === 'district-officer' ? { district: districtA } : {}) });
        staff[role] = (await tokensOf(`${role}-1`)).accessToken;
      }
    });

    afterAll(async () => {
      await api?.close();
      await db?.drop();
    });

    describe('self-registration', () => {
      it('refuses a bad credit code with a 400 naming /organisation/creditCode, and changes nothing', async () => {
        const before = (await audit()).length;
        const res = await api.call('POST', '/api/auth/register', { token: null, body: { organisation: organisation({ creditCode: '91440300MA5F00001B' }), user: { username: 'org-admin', displayName: '张三', password: PASSWORD } } });
        expect(res.status).toBe(400);
        expect(res.body.issues.map((i: any) => i.pointer)).toEqual(['/organisation/creditCode']);
        expect(res.body.message).toEqual({ 'zh-CN': expect.any(String), en: expect.any(String) });
        expect((await audit()).length).toBe(before);
      });

      it('refuses a body that sets the role, the organisation link or a hash (mass assignment)', async () => {
        const res = await api.call('POST', '/api/auth/register', {
          token: null,
          body: { organisation: { ...organisation(), id: 'x' }, user: { username: 'org-admin', displayName: '张三', password: PASSWORD, role: 'admin', organisationId: 'x', passwordHash: 'scrypt$1' }, role: 'admin' },
        });
        expect(res.status).toBe(400);
        expect(res.body.issues.map((i: any) => i.pointer).sort()).toEqual(['/organisation/id', '/role', '/user/organisationId', '/user/passwordHash', '/user/role']);
      });

      it('registers an organisation and its applicant user, audited without the password; a second registration of the code is 409', async () => {
        const res = await api.call('POST', '/api/auth/register', { token: null, body: { organisation: organisation({ creditCode: orgCode.toLowerCase() }), user: { username: 'Org-Admin', displayName: '张三', password: PASSWORD } } });
        expect(res.status).toBe(201);
        conforms('Registration', res.body);
        registered = res.body;
        expect(registered.organisation).toMatchObject({ creditCode: orgCode, district: districtA, kind: 'enterprise', createdAt: NOW });
        expect(registered.user).toMatchObject({ username: 'org-admin', role: 'applicant', organisationId: registered.organisation.id, active: true });
        expect(JSON.stringify(res.body)).not.toMatch(/password|scrypt/i);
        const events = (await audit()).filter((e) => [registered.organisation.id, registered.user.id].includes(e.entityId));
        expect(events.map((e) => [e.action, e.actor])).toEqual([['organisation.create', 'user:org-admin'], ['user.create', 'user:org-admin']]);
        const again = await api.call('POST', '/api/auth/register', { token: null, body: { organisation: organisation(), user: { username: 'someone-else', displayName: '李四', password: PASSWORD } } });
        expect([again.status, again.body.error]).toEqual([409, 'organisation-exists']);
      });
    });

    describe('sign-in, refresh, sign-out', () => {
      it('signs in and acts for its organisation: credit code and registered district', async () => {
        const res = await signIn('org-admin');
        expect(res.status).toBe(200);
        conforms('SessionTokens', res.body);
        expect(res.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 900 });
        const me = await api.call('GET', '/api/auth/me', { token: res.body.accessToken });
        expect(me.status).toBe(200);
        conforms('Me', me.body);
        expect(me.body).toEqual({ subject: 'user:org-admin', role: 'applicant', userId: registered.user.id, organisationId: registered.organisation.id, applicantId: orgCode, district: districtA });
      });

      it("reads its own organisation (what the portal pre-fills forms with), and nobody else's", async () => {
        const { accessToken } = await tokensOf('org-admin');
        const mine = await api.call('GET', '/api/organisations/mine', { token: accessToken });
        expect(mine.status).toBe(200);
        conforms('Organisation', mine.body);
        expect(mine.body).toMatchObject({ id: registered.organisation.id, creditCode: orgCode, contact: { name: '张三', phone: '0755-1234567' } });
        expect((await api.call('GET', '/api/organisations/mine', { token: null })).status).toBe(401);
        expect((await api.call('GET', '/api/organisations', { token: accessToken })).status).toBe(403);
      });

      it('answers an unknown user and a wrong password alike, and names a missing field', async () => {
        const unknown = await signIn('nobody-here');
        const wrong = await signIn('org-admin', 'not-the-password');
        expect(unknown.status).toBe(401);
        expect(wrong.body).toEqual(unknown.body);
        expect(unknown.body.error).toBe('sign-in-failed');
        const missing = await api.call('POST', '/api/auth/sign-in', { token: null, body: { username: 'org-admin' } });
        expect([missing.status, missing.body.issues[0].pointer]).toEqual([400, '/password']);
      });

      it('rotates the refresh token; a spent one presented again ends the whole session', async () => {
        const first = await tokensOf('org-admin');
        const second = await api.call('POST', '/api/auth/refresh', { token: null, body: { refreshToken: first.refreshToken } });
        expect(second.status).toBe(200);
        expect(second.body.refreshToken).not.toBe(first.refreshToken);
        expect((await api.call('GET', '/api/auth/me', { token: second.body.accessToken })).status).toBe(200);
        const replay = await api.call('POST', '/api/auth/refresh', { token: null, body: { refreshToken: first.refreshToken } });
        expect([replay.status, replay.body.error]).toEqual([401, 'session-ended']);
        expect((await api.call('GET', '/api/auth/me', { token: second.body.accessToken })).status).toBe(401);
        expect((await api.call('POST', '/api/auth/refresh', { token: null, body: { refreshToken: second.body.refreshToken } })).status).toBe(401);
        expect((await audit()).some((e) => e.action === 'session.reuse-detected' && e.entityId === registered.user.id)).toBe(true);
      });

      it('signs out: the access token and the refresh token stop working at once', async () => {
        const tokens = await tokensOf('org-admin');
        const out = await api.call('POST', '/api/auth/sign-out', { token: null, body: { refreshToken: tokens.refreshToken } });
        expect(out.status).toBe(204);
        expect((await api.call('GET', '/api/auth/me', { token: tokens.accessToken })).status).toBe(401);
        expect((await api.call('POST', '/api/auth/refresh', { token: null, body: { refreshToken: tokens.refreshToken } })).status).toBe(401);
        expect((await api.call('POST', '/api/auth/sign-out', { token: null, body: { refreshToken: tokens.refreshToken } })).status).toBe(204);
      });

      it('refuses expired, tampered and foreign-signed access tokens with 401', async () => {
        const { accessToken } = await tokensOf('org-admin');
        const [prefix, payload, signature] = accessToken.split('.');
        const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
        const expired = signAccessToken({ ...claims, iat: nowSeconds - 1000, exp: nowSeconds - 1 }, TEST_AUTH_SECRET);
        const promoted = `${prefix}.${Buffer.from(JSON.stringify({ ...claims, exp: claims.exp + 86_400 })).toString('base64url')}.${signature}`;
        const flipped = `${prefix}.${payload}.${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;
        const foreign = signAccessToken(claims, 'another-deployment-secret-of-32-characters');
        for (const token of [expired, promoted, flipped, foreign, `${accessToken}x`]) {
          const res = await api.call('GET', '/api/auth/me', { token });
          expect([res.status, res.body.error]).toEqual([401, 'unauthenticated']);
        }
        expect((await api.call('GET', '/api/auth/me', { token: accessToken })).status).toBe(200);
      });

      it('limits sign-in attempts per client address (PIONEER_SIGN_IN_RATE_LIMIT), whatever the user name, with a 429 saying when to retry', async () => {
        const config = testConfig(db.config, getPath(m.example, m.applicantPath) as string, otherApplicantId('B0IDENT'));
        const strict = await startApi({ ...config, auth: { ...config.auth, signInPerMinute: 3 } });
        try {
          // An address of its own: the counts are kept in the database, shared with every API on it.
          const attempt = (username: string) => strict.call('POST', '/api/auth/sign-in', { token: null, body: { username, password: PASSWORD }, remoteAddress: '198.51.100.7' });
          const answers = [];
          for (const name of ['a-user', 'b-user', 'c-user', 'org-admin']) answers.push((await attempt(name)).status);
          expect(answers).toEqual([401, 401, 401, 429]);
          const limited = await attempt('org-admin');
          expect(limited.body).toMatchObject({ statusCode: 429, error: 'too-many-requests', message: { 'zh-CN': expect.any(String), en: expect.any(String) } });
          expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
          // Other routes keep the per-principal limit.
          expect((await strict.call('GET', '/api/health', { token: null })).status).toBe(200);
        } finally {
          await strict.close();
        }
      });

      it('answers health to a signed-in caller as to an anonymous one (public routes read no session)', async () => {
        const { accessToken } = await tokensOf('org-admin');
        expect((await api.call('GET', '/api/health', { token: accessToken })).body).toEqual({ status: 'ok' });
      });

      it('accepts a token signed by another API process of the deployment (same secret, same database)', async () => {
        const other = await startApi(testConfig(db.config, getPath(m.example, m.applicantPath) as string, otherApplicantId('B0IDENT')));
        try {
          const res = await signIn('org-admin', PASSWORD, other);
          expect((await api.call('GET', '/api/auth/me', { token: res.body.accessToken })).body.subject).toBe('user:org-admin');
          const rotated = await api.call('POST', '/api/auth/refresh', { token: null, body: { refreshToken: res.body.refreshToken } });
          expect((await other.call('GET', '/api/auth/me', { token: rotated.body.accessToken })).status).toBe(200);
        } finally {
          await other.close();
        }
      });
    });

    describe('users (admins)', () => {
      it('deactivates a user: its tokens stop at once, sign-in answers as for a wrong password; reactivation and a reset password work', async () => {
        const user = await createUser({ username: 'rita', role: 'reviewer' });
        const tokens = await tokensOf('rita');
        const off = await api.call('PATCH', `/api/users/${user.id}`, { body: { active: false } });
        expect([off.status, off.body.active]).toEqual([200, false]);
        conforms('User', off.body);
        expect((await api.call('GET', '/api/auth/me', { token: tokens.accessToken })).status).toBe(401);
        expect((await api.call('POST', '/api/auth/refresh', { token: null, body: { refreshToken: tokens.refreshToken } })).status).toBe(401);
        const refused = await signIn('rita');
        expect([refused.status, refused.body.error]).toEqual([401, 'sign-in-failed']);
        await api.call('PATCH', `/api/users/${user.id}`, { body: { active: true, password: 'a-brand-new-passphrase' } });
        expect((await signIn('rita')).status).toBe(401);
        expect((await signIn('rita', 'a-brand-new-passphrase')).status).toBe(200);
        const events = (await audit()).filter((e) => e.entityId === user.id && e.action === 'user.update');
        expect(events.map((e) => e.details)).toEqual([
          { active: { before: true, after: false }, sessionsEnded: true },
          { active: { before: false, after: true }, passwordReset: true, sessionsEnded: true },
        ]);
      });

      it('lets a signed-in user change its own password: the current one must match, its other sessions end, this one goes on', async () => {
        await createUser({ username: 'paul', role: 'approver' });
        const here = await tokensOf('paul');
        const elsewhere = await tokensOf('paul');
        const change = (body: unknown, token = here.accessToken) => api.call('POST', '/api/auth/password', { token, body });

        // Wrong current password, too short a new one, the same one again, an extra field: 400 naming each, nothing changed.
        const wrong = await change({ currentPassword: 'not-the-passphrase', newPassword: 'a-new-paul-passphrase' });
        expect([wrong.status, wrong.body.issues.map((i: any) => i.pointer)]).toEqual([400, ['/currentPassword']]);
        expect(wrong.body.issues[0].message['zh-CN']).toContain('当前密码不正确');
        expect((await change({ currentPassword: PASSWORD, newPassword: 'short' })).body.issues.map((i: any) => i.pointer)).toEqual(['/newPassword']);
        expect((await change({ currentPassword: PASSWORD, newPassword: PASSWORD })).body.issues.map((i: any) => i.pointer)).toEqual(['/newPassword']);
        expect((await change({ currentPassword: PASSWORD, newPassword: 'a-new-paul-passphrase', role: 'admin' })).status).toBe(400);
        expect((await signIn('paul')).status).toBe(200);

        expect((await change({ currentPassword: PASSWORD, newPassword: 'a-new-paul-passphrase' })).status).toBe(204);
        expect((await signIn('paul')).status).toBe(401);
        expect((await signIn('paul', 'a-new-paul-passphrase')).status).toBe(200);
        // This session goes on (its access and refresh tokens); the other one has ended.
        expect((await api.call('GET', '/api/auth/me', { token: here.accessToken })).status).toBe(200);
        expect((await api.call('POST', '/api/auth/refresh', { token: null, body: { refreshToken: here.refreshToken } })).status).toBe(200);
        expect((await api.call('GET', '/api/auth/me', { token: elsewhere.accessToken })).status).toBe(401);
        expect((await api.call('POST', '/api/auth/refresh', { token: null, body: { refreshToken: elsewhere.refreshToken } })).status).toBe(401);

        const events = (await audit()).filter((e) => e.action === 'user.password-change');
        // Two: `elsewhere`, and the sign-in that checked the refused changes left the password alone.
        expect(events.map((e) => [e.actor, e.details])).toEqual([['user:paul', { otherSessionsEnded: 2 }]]);
        expect(JSON.stringify(await audit())).not.toContain('a-new-paul-passphrase');
      });

      it('has no password to change for a static token (a service account): 403 saying so', async () => {
        const res = await api.call('POST', '/api/auth/password', { body: { currentPassword: PASSWORD, newPassword: 'a-new-passphrase-here' } });
        expect([res.status, res.body.message.en]).toEqual([403, expect.stringContaining('has no password to change')]);
      });

      it('refuses a change of role, organisation or hash (mass assignment), and bad input naming the field', async () => {
        const user = await createUser({ username: 'rolf', role: 'reviewer' });
        const res = await api.call('PATCH', `/api/users/${user.id}`, { body: { role: 'admin', organisationId: registered.organisation.id, passwordHash: 'scrypt$1$1$1$a$b', district: districtA } });
        expect(res.status).toBe(400);
        expect(res.body.issues.map((i: any) => i.pointer).sort()).toEqual(['/district', '/organisationId', '/passwordHash', '/role']);
        const bad = await api.call('POST', '/api/users', { body: { username: 'x', displayName: 'X', password: 'short', role: 'king' } });
        expect(bad.body.issues.map((i: any) => i.pointer).sort()).toEqual(['/password', '/role', '/username']);
        expect(JSON.stringify(bad.body)).not.toContain('short');
        const noOrg = await api.call('POST', '/api/users', { body: { username: 'appl', displayName: 'A', password: PASSWORD, role: 'applicant' } });
        expect(noOrg.body.issues.map((i: any) => i.pointer)).toEqual(['/organisationId']);
        const taken = await api.call('POST', '/api/users', { body: { username: 'rolf', displayName: 'R', password: PASSWORD, role: 'approver' } });
        expect([taken.status, taken.body.error]).toEqual([409, 'username-taken']);
        const self = await api.call('GET', '/api/auth/me', { token: staff.admin });
        expect((await api.call('PATCH', `/api/users/${self.body.userId}`, { token: staff.admin, body: { active: false } })).status).toBe(409);
      });

      it('lists users without passwords or hashes, and no password or hash ever reaches the audit log', async () => {
        const page = await api.call('GET', '/api/users?perPage=100&role=reviewer');
        expect(page.status).toBe(200);
        conforms('UserPage', page.body);
        expect(page.body.data.every((u: any) => u.role === 'reviewer')).toBe(true);
        const everything = JSON.stringify([page.body, (await api.call('GET', '/api/users?perPage=100')).body, await audit()]);
        expect(everything).not.toMatch(/scrypt\$|passwordHash|correct-horse|brand-new-passphrase/);
        const stored = await api.app.get(DataSource).getRepository(UserEntity).findOneByOrFail({ username: 'org-admin' });
        expect(stored.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$/);
        expect(stored.passwordHash).not.toContain(PASSWORD);
      });
    });

    describe('organisations (admins)', () => {
      it('registers, lists by district and changes organisations; the credit code stays; each write audited', async () => {
        const code = otherApplicantId('IDORG02');
        const created = await api.call('POST', '/api/organisations', { body: organisation({ creditCode: code, district: districtB, contact: null }) });
        expect(created.status).toBe(201);
        conforms('Organisation', created.body);
        const changed = await api.call('PATCH', `/api/organisations/${created.body.id}`, { body: { name: '深圳改名科技有限公司', contact: { name: '王五', phone: '+86 755 7654321', email: 'w@example.cn' } } });
        expect(changed.body).toMatchObject({ name: '深圳改名科技有限公司', creditCode: code, contact: { name: '王五' } });
        const fixed = await api.call('PATCH', `/api/organisations/${created.body.id}`, { body: { creditCode: orgCode } });
        expect([fixed.status, fixed.body.issues[0].pointer]).toEqual([400, '/creditCode']);
        const listed = await api.call('GET', `/api/organisations?district=${districtB}`);
        conforms('OrganisationPage', listed.body);
        expect(listed.body.data.map((o: any) => o.creditCode)).toEqual([code]);
        expect((await api.call('GET', '/api/organisations?perPage=0')).body.issues[0].pointer).toBe('/perPage');
        expect((await api.call('PATCH', '/api/organisations/00000000-0000-4000-8000-000000000000', { body: { name: '不存在的单位' } })).status).toBe(404);
        const events = (await audit()).filter((e) => e.entityId === created.body.id);
        expect(events.map((e) => e.action)).toEqual(['organisation.create', 'organisation.update']);
        expect(events[1].details).toEqual({ changed: ['name', 'contact'], name: { before: '深圳测试智能科技有限公司', after: '深圳改名科技有限公司' } });
      });

      it('applies the organisation to applications: the applicant is its credit code, another district is refused', async () => {
        const { accessToken } = await tokensOf('org-admin');
        const form = setPath(setPath(clone(m.example), m.applicantPath, orgCode), m.policy.info.subjects.district!, districtA);
        const draft = await api.call('POST', `/api/measures/${m.code}/applications`, { token: accessToken, body: form });
        expect([draft.status, draft.body.applicantId]).toEqual([201, orgCode]);
        const elsewhere = await api.call('POST', `/api/measures/${m.code}/applications`, { token: accessToken, body: setPath(clone(form), m.policy.info.subjects.district!, districtB) });
        expect([elsewhere.status, elsewhere.body.error]).toEqual([403, 'district-mismatch']);
      });

      it("binds a reviewer to the organisation it works for: it cannot review that organisation's application", async () => {
        const reviewer = await createUser({ username: 'reviewer-of-org', role: 'reviewer', organisationId: registered.organisation.id });
        expect(reviewer.organisationId).toBe(registered.organisation.id);
        const refused = await api.call('POST', '/api/users', { body: { username: 'approver-of-org', displayName: 'x', password: PASSWORD, role: 'approver', organisationId: registered.organisation.id } });
        expect([refused.status, refused.body.issues?.[0]?.pointer]).toEqual([400, '/organisationId']);
        const applicant = (await tokensOf('org-admin')).accessToken;
        const form = setPath(setPath(clone(m.example), m.applicantPath, orgCode), m.policy.info.subjects.district!, districtA);
        const draft = await api.call('POST', `/api/measures/${m.code}/applications`, { token: applicant, body: form });
        expect((await api.call('POST', `/api/measures/${m.code}/applications/${draft.body.id}/submit`, { token: applicant })).status).toBe(200);
        const assigned = await api.call('POST', `/api/applications/${draft.body.id}/reviewers`, { body: { reviewers: ['user:reviewer-of-org'] } });
        expect(assigned.status).toBe(200);
        const token = (await tokensOf('reviewer-of-org')).accessToken;
        const declared = await api.call('POST', `/api/applications/${draft.body.id}/conflict-declaration`, { token, body: { conflict: false } });
        expect([declared.status, declared.body.error]).toEqual([409, 'conflict-of-interest']);
        // An unaffiliated reviewer of the same application may declare and go on.
        await createUser({ username: 'reviewer-elsewhere', role: 'reviewer' });
        await api.call('POST', `/api/applications/${draft.body.id}/reviewers`, { body: { reviewers: ['user:reviewer-elsewhere'] } });
        const free = await api.call('POST', `/api/applications/${draft.body.id}/conflict-declaration`, { token: (await tokensOf('reviewer-elsewhere')).accessToken, body: { conflict: false } });
        expect(free.status).toBe(200);
      });
    });

    describe('API keys (admins)', () => {
      it('shows a key once, stores it hashed, scopes it to its district, and a revoked key is a 401', async () => {
        const created = await api.call('POST', '/api/api-keys', { body: { name: '区门户', district: districtA } });
        expect(created.status).toBe(201);
        conforms('NewApiKey', created.body);
        const key: string = created.body.key;
        expect(key.startsWith(`${created.body.prefix}_`)).toBe(true);
        const listed = await api.call('GET', '/api/api-keys');
        conforms('ApiKeyPage', listed.body);
        const secret = key.slice(created.body.prefix.length + 1);
        expect(secret).toHaveLength(43);
        expect(JSON.stringify([listed.body, await audit()])).not.toContain(secret);
        const me = await api.call('GET', '/api/auth/me', { token: key });
        expect(me.body).toEqual({ subject: `api-key:${created.body.prefix}`, role: 'district-officer', district: districtA });
        // Two submitted applications, one per district: the key sees its district's only.
        const ids: Record<string, string> = {};
        for (const district of [districtA, districtB]) {
          const form = setPath(clone(m.example), m.policy.info.subjects.district!, district);
          const draft = await api.call('POST', `/api/measures/${m.code}/applications`, { body: form });
          await api.call('POST', `/api/measures/${m.code}/applications/${draft.body.id}/submit`);
          ids[district] = draft.body.id;
        }
        const seen = await api.call('GET', `/api/measures/${m.code}/applications?perPage=100`, { token: key });
        expect(seen.status).toBe(200);
        expect(seen.body.data.map((r: any) => r.district)).toEqual(seen.body.data.map(() => districtA));
        expect(seen.body.data.map((r: any) => r.id)).toContain(ids[districtA]);
        expect((await api.call('GET', `/api/measures/${m.code}/applications/${ids[districtB]}`, { token: key })).status).toBe(404);
        // A signed-in district officer is held to its district the same way.
        const officer = await api.call('GET', `/api/measures/${m.code}/applications?perPage=100`, { token: staff['district-officer'] });
        expect(officer.body.data.map((r: any) => r.id).sort()).toEqual(seen.body.data.map((r: any) => r.id).sort());
        const revoked = await api.call('POST', `/api/api-keys/${created.body.id}/revoke`);
        expect([revoked.status, revoked.body.revokedAt]).toEqual([200, NOW]);
        expect((await api.call('GET', `/api/measures/${m.code}/applications`, { token: key })).status).toBe(401);
        expect((await api.call('POST', `/api/api-keys/${created.body.id}/revoke`)).status).toBe(409);
        expect((await api.call('POST', '/api/api-keys', { body: { name: 'x', district: 'atlantis' } })).body.issues[0].pointer).toBe('/district');
        const events = (await audit()).filter((e) => e.entityId === created.body.id).map((e) => e.action);
        expect(events).toEqual(['api-key.create', 'api-key.revoke']);
      });
    });

    describeRegistrySearch(() => ({ api, conforms }));

    describe('who may call what', () => {
      // A keyword never widens a list: with q= the registry lists stay admins' only.
      const ADMIN_ROUTES: Array<[string, string, unknown?]> = [
        ['GET', '/api/organisations'],
        ['GET', `/api/organisations?q=${districtA}`],
        ['GET', `/api/users?q=${districtA}`],
        ['GET', `/api/api-keys?q=${districtA}`],
        ['POST', '/api/organisations', {}],
        ['PATCH', '/api/organisations/00000000-0000-4000-8000-000000000000', {}],
        ['GET', '/api/users'],
        ['POST', '/api/users', {}],
        ['PATCH', '/api/users/00000000-0000-4000-8000-000000000000', {}],
        ['GET', '/api/api-keys'],
        ['POST', '/api/api-keys', {}],
        ['POST', '/api/api-keys/00000000-0000-4000-8000-000000000000/revoke'],
      ];

      it('refuses every admin route to every other role (403) and to anonymous callers (401)', async () => {
        const applicant = (await tokensOf('org-admin')).accessToken;
        const key = (await api.call('POST', '/api/api-keys', { body: { name: 'matrix', district: districtB } })).body.key;
        const callers: Array<[string, string | null, number]> = [
          ['reviewer', staff.reviewer, 403],
          ['approver', staff.approver, 403],
          ['district-officer', staff['district-officer'], 403],
          ['applicant', applicant, 403],
          ['api key', key, 403],
          ['static applicant', TOKENS.applicantA, 403],
          ['anonymous', null, 401],
        ];
        const refusals: string[] = [];
        for (const [method, url, body] of ADMIN_ROUTES) {
          for (const [who, token, status] of callers) {
            const res = await api.call(method, url, { token, body });
            if (res.status !== status) refusals.push(`${who} ${method} ${url} → ${res.status}`);
          }
          expect((await api.call(method, url, { token: staff.admin, body })).status).not.toBe(403);
        }
        expect(refusals).toEqual([]);
      });
    });
  });
}
