/**
 * The floor an approval cannot go under: the same writes as the API's approval, as bare SQL
 * through the same driver, no HTTP, no framework, no engine — one transaction each with the
 * conditional budget UPDATE (the hot row every approval of one budget contends on), the ledger
 * entry, and the application's conditional status change. PostgreSQL: a pool of `connections`
 * clients; SQLite: one writer, as the API has.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { Pool } from 'pg';
import type { BenchDatabase } from './bench-database';
import type { ApprovalSeed } from './approval-seed';
import { percentile } from './percentile.util';

export interface BareResult {
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  approved: number;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { RESERVE, ENTRY, MOVE, sqlite: sqliteForm } = require('./bare-approval.sql.cjs') as Record<'RESERVE' | 'ENTRY' | 'MOVE', string> & {
  sqlite(sql: string): string;
};

export async function bareApprovals(db: BenchDatabase, seed: ApprovalSeed, connections: number): Promise<BareResult> {
  const latencies: number[] = [];
  const began = performance.now();
  const now = new Date().toISOString();
  if (db.kind === 'postgres') {
    const pool = new Pool({ connectionString: db.url, max: connections, options: `-c search_path=${db.schema}` });
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < seed.ids.length; i = next++) {
        const started = performance.now();
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const reserved = await client.query(RESERVE, [seed.amountEach, now, seed.ledgerId]);
          if (reserved.rowCount === 1) {
            await client.query(ENTRY, [randomUUID(), seed.ledgerId, seed.ids[i], seed.amountEach, now]);
            await client.query(MOVE, [seed.amountEach, seed.ids[i]]);
          }
          await client.query('COMMIT');
        } finally {
          client.release();
        }
        latencies.push(performance.now() - started);
      }
    };
    await Promise.all(Array.from({ length: connections }, worker));
    await pool.end();
  } else {
    const sqlite = new Database(db.file, { timeout: 5000 });
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    const [reserve, entry, move] = [RESERVE, ENTRY, MOVE].map((sql) => sqlite.prepare(sqliteForm(sql)));
    const approve = sqlite.transaction((id: string) => {
      if (reserve.run(seed.amountEach, now, seed.ledgerId, seed.amountEach).changes === 1) {
        entry.run(randomUUID(), seed.ledgerId, id, seed.amountEach, now);
        move.run(seed.amountEach, id);
      }
    });
    for (const id of seed.ids) {
      const started = performance.now();
      approve.immediate(id);
      latencies.push(performance.now() - started);
    }
    sqlite.close();
  }
  const elapsed = performance.now() - began;
  latencies.sort((a, b) => a - b);
  return {
    perSecond: (seed.ids.length * 1000) / elapsed,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    approved: seed.ids.length,
  };
}
