/**
 * `npm run bench:api` (second part) — approvals on one hot budget: the real, built API over HTTP
 * at 50 connections against the same writes as bare SQL through the same driver (the conditional
 * budget UPDATE, the ledger entry, the application's status), on SQLite and on PostgreSQL, in one
 * run. Goal: the API at ≥ 0.6× the bare SQL. A measurement, never a test: it fails only when a
 * server does not start or an approval is refused.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { bareApprovals } from './api/bare-approval.peer';
import { seedApprovals } from './api/approval-seed';
import { type BenchDatabase, databaseEnv, postgresDatabase, sqliteDatabase } from './api/bench-database';
import { expectStatus, runLoad } from './api/load-generator';
import { startServer } from './api/spawn-server';

const QUICK = process.argv.includes('--quick');
const ROOT = path.resolve(__dirname, '../..');
const MEASURE = 'compute-voucher';
const APPROVALS = QUICK ? 400 : 2_000;
const CONNECTIONS = 50;
const NOW = '2025-06-01T02:00:00Z';
const YEAR = 2025;
const APPROVER = 'bench-approver-token-0001';
const POSTGRES_URL = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const example = JSON.parse(
  readFileSync(path.join(ROOT, 'schemas/policies/shenzhen-ai-2024/examples/applications', `${MEASURE}.json`), 'utf8'),
);
const ENV = {
  NODE_ENV: 'production',
  PIONEER_TOKENS: JSON.stringify({ [APPROVER]: { role: 'approver', subject: 'bench-approver' } }),
  PIONEER_STATIC_TOKENS_IN_PRODUCTION: '1',
  PIONEER_AUTH_SECRET: 'bench-approvals-secret-of-at-least-32-chars',
  PIONEER_NOW: NOW,
  PIONEER_DEMO: '',
  PIONEER_RATE_LIMIT: '1000000',
};

const t0 = performance.now();
const progress = (line: string) => console.log(`[${((performance.now() - t0) / 1000).toFixed(1).padStart(5)} s] ${line}`);
const fmt = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '—');

interface Row {
  database: string;
  api: { perSecond: number; p50Ms: number; p99Ms: number };
  bare: { perSecond: number; p50Ms: number; p99Ms: number };
}

async function measure(name: string, open: () => Promise<BenchDatabase>): Promise<Row> {
  const db = await open();
  try {
    progress(`${name}: starting the built API (it migrates the database)`);
    const api = await startServer('api', ['dist/apps/api/main.js'], { ...ENV, ...databaseEnv(db) }, ROOT);
    let apiResult;
    try {
      progress(`${name}: seeding ${APPROVALS} applications ready for approval`);
      const seed = await seedApprovals(db, MEASURE, example, APPROVALS, NOW, YEAR);
      progress(`${name}: ${APPROVALS} approvals through the API at ${CONNECTIONS} connections`);
      apiResult = await runLoad(api.origin, { connections: CONNECTIONS, operations: APPROVALS }, async (call, i) => {
        const response = await call('POST', `/api/applications/${seed.ids[i]}/approve`, {
          body: '{}',
          headers: { authorization: `Bearer ${APPROVER}`, 'content-type': 'application/json' },
        });
        expectStatus('approve', response, 200);
      });
      if (apiResult.errors) throw new Error(`${apiResult.errors} approvals failed: ${apiResult.firstError}`);
    } finally {
      await api.stop();
    }
    progress(`${name}: the same writes as bare SQL, ${CONNECTIONS} ${name === 'SQLite' ? 'requests on one writer' : 'pooled connections'}`);
    const again = await seedApprovals(db, MEASURE, example, APPROVALS, NOW, YEAR + 1);
    const bare = await bareApprovals(db, again, CONNECTIONS);
    return { database: name, api: apiResult, bare };
  } finally {
    await db.drop();
  }
}

async function main(): Promise<void> {
  progress('building the API: nx build api (cached)');
  const build = spawnSync(path.join(ROOT, 'node_modules/.bin/nx'), ['build', 'api', '--output-style=static'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  if (build.status !== 0) throw new Error(`nx build api failed:\n${build.stdout}${build.stderr}`);
  const rows = [await measure('SQLite', async () => sqliteDatabase())];
  try {
    rows.push(await measure('PostgreSQL', () => postgresDatabase(POSTGRES_URL)));
  } catch (error) {
    progress(`PostgreSQL left out: ${(error as Error).message.split('\n')[0]} (set BENCH_DATABASE_URL)`);
  }
  console.log(`\nApprovals on one hot budget, ${APPROVALS} each, ${CONNECTIONS} connections (goal: API ≥ 0.6× bare SQL)\n`);
  console.log('| database | API approvals/s | p50 / p99 ms | bare SQL approvals/s | p50 / p99 ms | API ÷ bare |');
  console.log('|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(
      `| ${r.database} | ${fmt(r.api.perSecond)} | ${r.api.p50Ms.toFixed(1)} / ${r.api.p99Ms.toFixed(1)} | ${fmt(r.bare.perSecond)} | ${r.bare.p50Ms.toFixed(1)} / ${r.bare.p99Ms.toFixed(1)} | ${(r.api.perSecond / r.bare.perSecond).toFixed(2)}× |`,
    );
  }
}

main().catch((error) => {
  console.error(`bench:api approvals: ${(error as Error).message}`);
  process.exit(1);
});
