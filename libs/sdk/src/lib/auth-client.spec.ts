import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient, PioneerApiError } from '../index';

/** A real HTTP server that records requests and answers from a queue (then 200 `{}`). */
const seen: Array<{ method: string; url: string; authorization?: string; body: unknown }> = [];
const replies: Array<{ status: number; body?: unknown }> = [];
let server: Server;
let baseUrl = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, authorization: req.headers.authorization, body: text ? JSON.parse(text) : undefined });
      const reply = replies.shift() ?? { status: 200, body: {} };
      res.writeHead(reply.status, { 'content-type': 'application/json' });
      res.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  seen.length = 0;
  replies.length = 0;
});

const tokens = { tokenType: 'Bearer', accessToken: 'pio1.a.b', expiresIn: 900, refreshToken: 'pior_x', refreshExpiresIn: 60, user: { id: 'u', username: 'ada', role: 'reviewer' } };

describe('client.auth', () => {
  it('signs in, then uses the access token it returned; refresh and sign-out send the refresh token', async () => {
    const current = { token: '' };
    const client = createClient({ baseUrl, token: () => current.token });
    replies.push({ status: 200, body: tokens }, { status: 200, body: { subject: 'user:ada', role: 'reviewer' } }, { status: 200, body: { ...tokens, refreshToken: 'pior_y' } }, { status: 204 });
    const session = await client.auth.signIn({ username: 'ada', password: 'correct-horse-battery' });
    current.token = session.accessToken;
    expect((await client.auth.me()).role).toBe('reviewer');
    expect((await client.auth.refresh(session.refreshToken)).refreshToken).toBe('pior_y');
    await expect(client.auth.signOut('pior_y')).resolves.toBeUndefined();
    expect(seen.map((r) => [r.method, r.url, r.body])).toEqual([
      ['POST', '/api/auth/sign-in', { username: 'ada', password: 'correct-horse-battery' }],
      ['GET', '/api/auth/me', undefined],
      ['POST', '/api/auth/refresh', { refreshToken: 'pior_x' }],
      ['POST', '/api/auth/sign-out', { refreshToken: 'pior_y' }],
    ]);
    expect(seen[0].authorization).toBeUndefined();
    expect(seen[1].authorization).toBe('Bearer pio1.a.b');
  });

  it("changes the caller's password with its token; a wrong current password is a typed 400 naming the field", async () => {
    const client = createClient({ baseUrl, token: 'pio1.a.b' });
    replies.push({ status: 204 });
    await expect(client.auth.changePassword({ currentPassword: 'correct-horse-battery', newPassword: 'a-longer-passphrase' })).resolves.toBeUndefined();
    expect(seen[0]).toMatchObject({ method: 'POST', url: '/api/auth/password', body: { currentPassword: 'correct-horse-battery', newPassword: 'a-longer-passphrase' }, authorization: 'Bearer pio1.a.b' });
    replies.push({ status: 400, body: { statusCode: 400, error: 'invalid-body', message: { 'zh-CN': '请求有误', en: 'Bad request' }, issues: [{ pointer: '/currentPassword', message: { 'zh-CN': '当前密码不正确', en: 'is not your current password' } }] } });
    const failure = (await client.auth.changePassword({ currentPassword: 'nope', newPassword: 'a-longer-passphrase' }).catch((error: unknown) => error)) as { status: number; issues: Array<{ pointer: string }> };
    expect(failure.status).toBe(400);
    expect(failure.issues.map((i) => i.pointer)).toEqual(['/currentPassword']);
  });

  it('registers an organisation and reports a refused sign-in as a typed error', async () => {
    const client = createClient({ baseUrl });
    const input = { organisation: { creditCode: '91440300MA5F00001A', name: '深圳测试', kind: 'enterprise', district: 'a-district', registeredOn: '2020-01-01' }, user: { username: 'ada', displayName: 'Ada', password: 'correct-horse-battery' } };
    replies.push({ status: 201, body: { organisation: { id: 'o' }, user: { id: 'u' } } });
    expect((await client.auth.register(input)).user.id).toBe('u');
    expect(seen[0]).toMatchObject({ method: 'POST', url: '/api/auth/register', body: input });
    replies.push({ status: 401, body: { statusCode: 401, error: 'sign-in-failed', message: { 'zh-CN': '用户名或密码不正确', en: 'Wrong user name or password' } } });
    const failure = await client.auth.signIn({ username: 'ada', password: 'nope' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PioneerApiError);
    expect(failure).toMatchObject({ status: 401, code: 'sign-in-failed' });
  });
});
