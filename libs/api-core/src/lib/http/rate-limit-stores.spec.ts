import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../database/data-source.factory';
import { DatabaseService } from '../database/database.service';
import { DatabaseWindowStore } from './rate-limit-stores';

/** The sign-in limit's counters on a real SQLite file (the two-process suites run them on both databases). */
describe('DatabaseWindowStore', () => {
  let dir: string;
  let source: DataSource;
  let db: DatabaseService;
  const hit = (store: DatabaseWindowStore, key: string, window: number) =>
    new Promise<{ current: number; ttl: number }>((resolve, reject) => store.incr(key, (error, result) => (error ? reject(error) : resolve(result!)), window));
  const rows = async () => Number(((await source.query('SELECT COUNT(*) AS n FROM rate_limit_windows')) as Array<{ n: number }>)[0].n);

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'rate-limit-'));
    source = new DataSource(dataSourceOptions({ kind: 'sqlite', file: path.join(dir, 'db.sqlite') } as never));
    await source.initialize();
    db = new DatabaseService(source);
  });

  afterAll(async () => {
    await source.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('counts the attempts of one key in its window, each key and each route apart', async () => {
    const signIn = new DatabaseWindowStore(() => db, 'POST /api/auth/sign-in');
    const register = new DatabaseWindowStore(() => db, 'POST /api/auth/register');
    const counts = [];
    for (let i = 0; i < 3; i++) counts.push((await hit(signIn, 'ip:192.0.2.1', 60_000)).current);
    expect(counts).toEqual([1, 2, 3]);
    expect((await hit(signIn, 'ip:192.0.2.2', 60_000)).current).toBe(1);
    expect((await hit(register, 'ip:192.0.2.1', 60_000)).current).toBe(1);
    const { ttl } = await hit(signIn, 'ip:192.0.2.1', 60_000);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(60_000);
  });

  it('counts every one of many attempts made at once', async () => {
    const store = new DatabaseWindowStore(() => db, 'POST /concurrent');
    const results = await Promise.all(Array.from({ length: 40 }, () => hit(store, 'ip:192.0.2.9', 60_000)));
    expect(results.map((r) => r.current).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });

  it('starts a new window once the last is over, and sweeps the windows that are over', async () => {
    // A clock of the test's own: windows end when it says, however slow the machine.
    let clock = Date.now() + 3_600_000;
    const store = new DatabaseWindowStore(() => db, 'POST /short', () => clock);
    // The other tests' windows, started an hour of this clock ago: the first hit sweeps them.
    expect(await rows()).toBeGreaterThan(0);
    expect((await hit(store, 'ip:198.51.100.1', 1_000)).current).toBe(1);
    clock += 400;
    expect(await hit(store, 'ip:198.51.100.1', 1_000)).toEqual({ current: 2, ttl: 600 });
    expect((await hit(store, 'ip:198.51.100.2', 1_000)).current).toBe(1);
    expect(await rows()).toBe(2);
    clock += 1_100;
    // Both windows are over: the first one starts anew, the other is swept.
    expect(await hit(store, 'ip:198.51.100.1', 1_000)).toEqual({ current: 1, ttl: 1_000 });
    expect(await rows()).toBe(1);
  });
});
