import Database from 'better-sqlite3';
import type { DataSource, QueryRunner } from 'typeorm';
import { sqliteForm } from './table-sql';

/**
 * Reads for a long job (an export of tens of thousands of rows), page by page, all from one
 * snapshot of the database taken at the first read — and never in the way of the API's writes:
 *
 * - PostgreSQL: a REPEATABLE READ, READ ONLY transaction on a connection of its own (MVCC: it
 *   takes no lock a writer waits for);
 * - SQLite: a read-only connection of its own on the same file. In WAL mode its read transaction
 *   keeps a snapshot while the API's one writer goes on; it never enters the API's write queue,
 *   which every other request waits in.
 *
 * Between two reads the event loop is let go, so other requests are served between pages. Close
 * it (also when the job stops half-way) to end the transaction.
 */
export interface SnapshotReader {
  /** The rows of one statement written with `$1…$n` (values as the driver returns them). */
  rows(text: string, parameters: unknown[]): Promise<Array<Record<string, unknown>>>;
  close(): Promise<void>;
}

const yieldToOtherRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function openSnapshot(dataSource: DataSource): Promise<SnapshotReader> {
  return dataSource.options.type === 'postgres' ? postgresSnapshot(dataSource) : sqliteSnapshot(dataSource);
}

async function postgresSnapshot(dataSource: DataSource): Promise<SnapshotReader> {
  const runner: QueryRunner = dataSource.createQueryRunner();
  try {
    await runner.query('START TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
  } catch (error) {
    await runner.release();
    throw error;
  }
  return {
    rows: (text, parameters) => runner.query(text, parameters),
    close: async () => {
      try {
        await runner.query('COMMIT');
      } finally {
        await runner.release();
      }
    },
  };
}

async function sqliteSnapshot(dataSource: DataSource): Promise<SnapshotReader> {
  const file = dataSource.options.database as string;
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: 5000 });
  let open = true;
  // Deferred: the snapshot is taken by the first SELECT and kept until COMMIT.
  db.exec('BEGIN');
  return {
    async rows(text, parameters) {
      await yieldToOtherRequests();
      if (!open) throw new Error('snapshot closed');
      const form = sqliteForm(text);
      // Logged like TypeORM's own statements, so query logging and the query-plan checks see it.
      dataSource.logger.logQuery(form.text, parameters);
      return db.prepare(form.text).all(form.order.map((i) => parameters[i])) as Array<Record<string, unknown>>;
    },
    async close() {
      if (!open) return;
      open = false;
      db.exec('COMMIT');
      db.close();
    },
  };
}
