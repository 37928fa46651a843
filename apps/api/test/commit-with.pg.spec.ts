import { commitWith, DatabaseService, dataSourceOptions } from '@pioneer/api-core';
import { DataSource } from 'typeorm';
import { postgresDatabase, type TestDatabase } from './support/api-harness';

const url = process.env.TEST_DATABASE_URL;
if (!url) throw new Error('TEST_DATABASE_URL is not set: this suite needs PostgreSQL (e.g. postgres://postgres@127.0.0.1:5432/test); npm test skips *.pg.spec.ts without it');

/**
 * `commitWith` sends a write's last statement with its COMMIT in one round trip,
 * its values written as literals: what arrives must be exactly what was sent, and a statement
 * that fails must leave nothing of the write behind.
 */
describe('a write committed with its last statement on PostgreSQL', () => {
  let db: TestDatabase;
  let source: DataSource;
  let service: DatabaseService;

  beforeAll(async () => {
    db = await postgresDatabase(url!);
    source = new DataSource(dataSourceOptions(db.config));
    await source.initialize();
    await source.query('CREATE TABLE notes (body text NOT NULL)');
    service = new DatabaseService(source);
  }, 60_000);

  afterAll(async () => {
    await source?.destroy();
    await db?.drop();
  });

  const hostile = ["it's", 'back\\slash', "'; DROP TABLE notes; --", '$1 $2', '中文 "quoted"', 'E\'\\x41\'', '\\\'', 'tab\there'];

  it('stores exactly the values sent, and commits', async () => {
    const rows = await service.write(async (manager) => {
      await manager.query('INSERT INTO notes (body) VALUES ($1)', ['before']);
      return commitWith(manager, 'INSERT INTO notes (body) SELECT unnest(CAST($1 AS text[])) RETURNING body', [hostile]);
    });
    expect(rows.map((row) => row.body)).toEqual(hostile);
    const stored = (await source.query('SELECT body FROM notes')) as Array<{ body: string }>;
    expect(stored.map((row) => row.body).sort()).toEqual(['before', ...hostile].sort());
  });

  it('keeps nothing of a write whose last statement fails', async () => {
    const before = Number((await source.query('SELECT count(*) AS n FROM notes'))[0].n);
    await expect(
      service.write(async (manager) => {
        await manager.query('INSERT INTO notes (body) VALUES ($1)', ['lost']);
        return commitWith(manager, 'INSERT INTO notes (body) VALUES (CAST($1 AS text)), (NULL)', ['also lost']);
      }),
    ).rejects.toThrow(/null value/);
    expect(Number((await source.query('SELECT count(*) AS n FROM notes'))[0].n)).toBe(before);
    // The pool's connection came back usable: the next write goes through.
    await service.write((manager) => manager.query('INSERT INTO notes (body) VALUES ($1)', ['after']));
    expect(Number((await source.query('SELECT count(*) AS n FROM notes'))[0].n)).toBe(before + 1);
  });
});
