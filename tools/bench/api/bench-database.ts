/**
 * The databases bench:api runs on: a fresh SQLite file in a temporary folder, or a fresh schema
 * (`bench_api_<random>`) in a PostgreSQL database, dropped afterwards. Seeding and counting go
 * through the drivers the API itself uses (better-sqlite3; pg under TypeORM), never HTTP.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DataSource } from 'typeorm';

export type BenchDatabase =
  { kind: 'sqlite'; file: string; drop(): Promise<void> } | { kind: 'postgres'; url: string; schema: string; drop(): Promise<void> };

/** The API's (and the bare peer's) environment for a database. */
export function databaseEnv(db: BenchDatabase): NodeJS.ProcessEnv {
  return db.kind === 'sqlite'
    ? { SQLITE_FILE: db.file, DATABASE_URL: '', DATABASE_SCHEMA: '' }
    : { DATABASE_URL: db.url, DATABASE_SCHEMA: db.schema, SQLITE_FILE: '' };
}

export function sqliteDatabase(): BenchDatabase {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-api-'));
  return { kind: 'sqlite', file: path.join(dir, 'bench.sqlite'), drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

async function onPostgres<T>(url: string, schema: string | undefined, work: (ds: DataSource) => Promise<T>): Promise<T> {
  const ds = new DataSource({ type: 'postgres', url, extra: schema ? { options: `-c search_path=${schema}` } : undefined });
  await ds.initialize();
  try {
    return await work(ds);
  } finally {
    await ds.destroy();
  }
}

/** A new schema in `url`'s database; throws (the caller skips PostgreSQL) when it is unreachable. */
export async function postgresDatabase(url: string): Promise<BenchDatabase> {
  const schema = `bench_api_${randomBytes(5).toString('hex')}`;
  await onPostgres(url, undefined, (ds) => ds.query(`CREATE SCHEMA "${schema}"`));
  return {
    kind: 'postgres',
    url,
    schema,
    drop: () => onPostgres(url, undefined, (ds) => ds.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)),
  };
}

/** Runs `work` with a connection to the database: better-sqlite3 in WAL mode, or pg through TypeORM in the schema. */
export async function withConnection<T>(
  db: BenchDatabase,
  work: (run: (sql: string, rows: unknown[][]) => Promise<void>, count: (sql: string) => Promise<number>) => Promise<T>,
): Promise<T> {
  if (db.kind === 'sqlite') {
    const sqlite = new Database(db.file, { timeout: 5000 });
    sqlite.pragma('journal_mode = WAL');
    try {
      return await work(
        async (sql, rows) => {
          const statement = sqlite.prepare(sql);
          sqlite.transaction(() => rows.forEach((row) => statement.run(...row)))();
        },
        async (sql) => Number((sqlite.prepare(sql).get() as Record<string, number>).n),
      );
    } finally {
      // Fold the WAL into the file, so a database seeded last is not read through a long WAL
      // while the one seeded first is not: the two sides of a comparison start alike.
      sqlite.pragma('wal_checkpoint(TRUNCATE)');
      sqlite.close();
    }
  }
  return onPostgres(db.url, db.schema, (ds) =>
    work(
      async (sql, rows) => {
        // One multi-row INSERT per batch: `sql` is `INSERT … VALUES` followed by one (?, …) group.
        const [head, group] = sql.split(/VALUES\s*/i);
        const width = (group.match(/\?/g) ?? []).length;
        let n = 0;
        const values = rows.map(() => `(${Array.from({ length: width }, () => `$${++n}`).join(', ')})`).join(', ');
        await ds.query(`${head} VALUES ${values}`, rows.flat());
      },
      async (sql) => Number((await ds.query(sql))[0].n),
    ),
  );
}
