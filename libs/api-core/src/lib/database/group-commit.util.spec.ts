import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { GroupCommitQueue } from './group-commit.util';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('GroupCommitQueue on a real SQLite file', () => {
  let dir: string;
  let db: Database.Database;
  /** A second connection: what another process sees, i.e. only what is committed. */
  let other: Database.Database;
  let queue: GroupCommitQueue;
  const committed = () => (other.prepare('SELECT name FROM t ORDER BY rowid').all() as Array<{ name: string }>).map((r) => r.name);
  const insert = (name: string) => async () => {
    await tick();
    db.prepare('INSERT INTO t (name) VALUES (?)').run(name);
    await tick();
    return name;
  };

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'group-commit-'));
    db = new Database(path.join(dir, 'db.sqlite'));
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE t (name TEXT UNIQUE NOT NULL)');
    other = new Database(path.join(dir, 'db.sqlite'), { readonly: true });
    queue = new GroupCommitQueue({ exec: async (sql) => db.exec(sql) });
  });

  afterEach(() => {
    db.close();
    other.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('commits the writes queued together as one group, and answers each only once it is committed', async () => {
    const seen: string[][] = [];
    const writes = ['a', 'b', 'c', 'd'].map((name) => queue.write(insert(name)).then((value) => (seen.push(committed()), value)));
    expect(await Promise.all(writes)).toEqual(['a', 'b', 'c', 'd']);
    expect(queue.stats).toEqual({ groups: 1, writes: 4 });
    // Every caller heard back after the COMMIT: each already saw all four on disk.
    for (const view of seen) expect(view).toEqual(['a', 'b', 'c', 'd']);
  });

  it('rolls back a failing write alone: the others of its group still commit', async () => {
    const results = await Promise.allSettled([queue.write(insert('a')), queue.write(insert('a')), queue.write(insert('b'))]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(String((results[1] as PromiseRejectedResult).reason)).toMatch(/UNIQUE/);
    expect(committed()).toEqual(['a', 'b']);
    expect(queue.stats.groups).toBe(1);
  });

  it('runs reads between groups, never inside one, in the order queued', async () => {
    const log: string[] = [];
    const read = (label: string) =>
      queue.read(async () => (log.push(`${label}: ${committed().join(',')}`), db.prepare('SELECT count(*) AS n FROM t').get()));
    await Promise.all([queue.write(insert('a')), queue.write(insert('b')), read('r1'), queue.write(insert('c')), read('r2')]);
    // r1 ran after the first group (a, b) committed, and before c; r2 after c.
    expect(log).toEqual(['r1: a,b', 'r2: a,b,c']);
    expect(queue.stats).toEqual({ groups: 2, writes: 3 });
  });

  it('takes into the running group the writes queued while it runs, up to its bound', async () => {
    const bounded = new GroupCommitQueue({ exec: async (sql) => db.exec(sql) }, 3);
    const first = bounded.write(async () => {
      // Queued while the group is already running.
      void later.push(bounded.write(insert('x')), bounded.write(insert('y')), bounded.write(insert('z')));
      return insert('w')();
    });
    const later: Array<Promise<string>> = [];
    await first;
    await Promise.all(later);
    expect(committed()).toEqual(['w', 'x', 'y', 'z']);
    expect(bounded.stats).toEqual({ groups: 2, writes: 4 });
  });

  it('fails every write of a group whose COMMIT fails, and leaves nothing on disk', async () => {
    let failCommit = true;
    const flaky = new GroupCommitQueue({
      exec: async (sql) => {
        if (sql === 'COMMIT' && failCommit) throw new Error('disk I/O error');
        return db.exec(sql);
      },
    });
    const results = await Promise.allSettled([flaky.write(insert('a')), flaky.write(insert('b'))]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(committed()).toEqual([]);
    failCommit = false;
    await flaky.write(insert('c'));
    expect(committed()).toEqual(['c']);
  });

  it('keeps going after a read fails, and reports the failure to its caller only', async () => {
    const failed = queue.read(async () => {
      throw new Error('boom');
    });
    const next = queue.write(insert('n'));
    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toBe('n');
    expect(queue.size).toBe(0);
  });
});

describe('GroupCommitQueue with writes arriving from I/O', () => {
  it('lets writes that arrive while a group runs on microtasks alone join the next group', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'group-commit-'));
    const db = new Database(path.join(dir, 'db.sqlite'));
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE t (name TEXT)');
    const queue = new GroupCommitQueue({ exec: async (sql) => db.exec(sql) });
    // Like a synchronous driver: the unit never leaves the microtask queue.
    const insert = (name: string) => async () => db.prepare('INSERT INTO t (name) VALUES (?)').run(name);
    // Twenty requests, each arriving in its own I/O callback, as sockets deliver them.
    const writes = Array.from(
      { length: 20 },
      (_, i) => new Promise<unknown>((resolve) => setImmediate(() => resolve(queue.write(insert(`r${i}`))))),
    );
    await Promise.all(writes);
    expect(queue.stats.writes).toBe(20);
    expect(queue.stats.groups).toBeLessThanOrEqual(2);
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
