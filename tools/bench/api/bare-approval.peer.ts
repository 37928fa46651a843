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

const RESERVE = 'UPDATE budget_ledgers SET committed = committed + $1, updated_at = $2 WHERE id = $3 AND committed + $1 <= amount';
const ENTRY =
  "INSERT INTO ledger_entries (id, ledger_id, application_id, kind, amount, at, actor, reference) VALUES ($1, $2, $3, 'reserve', $4, $5, 'bench', NULL)";
const MOVE =
  "UPDATE applications SET status = 'approved', approved_amount = $1, revision = revision + 1 WHERE id = $2 AND status = 'scored'";

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
    const q = (sql: string) => sqlite.prepare(sql.replace(/\$\d+/g, '?'));
    const [reserve, entry, move] = [q(RESERVE.replace('committed + $1 <= amount', 'committed + ? <= amount')), q(ENTRY), q(MOVE)];
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
