import { databaseEnv, NOW, type TestDatabase } from './api-harness';
import { startTwoApiProcesses } from './spawn-api';

/**
 * Two API processes on one database, as behind a load balancer, with PIONEER_SIGN_IN_RATE_LIMIT=3:
 * attempts spread over both are counted together, so the fourth is refused whichever process
 * takes it. Counted per process, each would let three through (six in all).
 */
export function describeSharedSignInLimit(name: string, open: () => Promise<TestDatabase>): void {
  describe(`the sign-in limit across two API processes (${name})`, () => {
    let db: TestDatabase;
    let bases: string[];
    let stop: () => Promise<void>;

    beforeAll(async () => {
      db = await open();
      const env = { PORT: '0', HOST: '127.0.0.1', ...databaseEnv(db.config), PIONEER_NOW: NOW, PIONEER_SIGN_IN_RATE_LIMIT: '3', PIONEER_TOKENS: JSON.stringify({ 'limit-admin-token': 'admin' }) };
      ({ bases, stop } = await startTwoApiProcesses(env));
    }, 120000);

    afterAll(async () => {
      await stop?.();
      await db?.drop();
    });

    const signIn = (base: string, username: string) =>
      fetch(`${base}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'not-the-password-1' }) });

    it('refuses the fourth attempt of a minute from one address, whichever process takes it, and says when to retry', async () => {
      const answers: number[] = [];
      for (let i = 0; i < 6; i++) answers.push((await signIn(bases[i % 2], `guess-${i}`)).status);
      expect(answers).toEqual([401, 401, 401, 429, 429, 429]);
      const limited = await signIn(bases[0], 'guess-again');
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await limited.json()).toMatchObject({ error: 'too-many-requests', message: { 'zh-CN': expect.stringContaining('秒后重试'), en: expect.stringContaining('try again') } });
    });

    it('keeps other routes under the per-principal limit of each process', async () => {
      for (const base of bases) {
        const res = await fetch(`${base}/api/measures`, { headers: { authorization: 'Bearer limit-admin-token' } });
        expect(res.status).toBe(200);
      }
    });
  });
}
