/**
 * `npm run bench:api` (second part) — approvals on one hot budget: the real, built API over HTTP
 * at 50 connections against the same writes as bare SQL through the same driver (the conditional
 * budget UPDATE, the ledger entry, the application's status), on SQLite and on PostgreSQL, in one
 * run. Goal: the API at ≥ 0.6× the bare SQL. Beside them, the floor of any HTTP server: a bare
 * fastify server doing only those three statements per request, under the same load generator.
 * Every contender is warmed up first (unrecorded approvals), so the JIT is warm in all three.
 * A measurement, never a test: it fails only when a server does not start or an approval is refused.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { bareApprovals } from './api/bare-approval.peer';
import { type ApprovalSeed, seedApprovals } from './api/approval-seed';
import { type BenchDatabase, databaseEnv, postgresDatabase, sqliteDatabase } from './api/bench-database';
import { expectStatus, runLoad } from './api/load-generator';
import { type ServerProcess, startServer } from './api/spawn-server';

const QUICK = process.argv.includes('--quick');
const ROOT = path.resolve(__dirname, '../..');
const MEASURE = 'compute-voucher';
const APPROVALS = QUICK ? 400 : 2_000;
const WARMUP = QUICK ? 200 : 1_000;
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

/** `cpuUs`: CPU time of the Node process doing the approvals (the server, or this one for bare SQL), per approval. */
type Figures = { perSecond: number; p50Ms: number; p99Ms: number; cpuUs: number };
interface Row {
  database: string;
  api: Figures;
  http: Figures;
  bare: Figures;
}

/** Approves the seed's applications over HTTP: the first WARMUP unrecorded, then APPROVALS timed. */
async function approveOverHttp(server: ServerProcess, seed: ApprovalSeed, body: (seed: ApprovalSeed) => string): Promise<Figures> {
  const run = (offset: number, operations: number) =>
    runLoad(server.origin, { connections: CONNECTIONS, operations }, async (call, i) => {
      const response = await call('POST', `/api/applications/${seed.ids[offset + i]}/approve`, {
        body: body(seed),
        headers: { authorization: `Bearer ${APPROVER}`, 'content-type': 'application/json' },
      });
      expectStatus('approve', response, 200);
    });
  await run(0, WARMUP);
  const cpuBefore = server.cpuMs();
  const result = await run(WARMUP, APPROVALS);
  if (result.errors) throw new Error(`${result.errors} approvals failed: ${result.firstError}`);
  return { ...result, cpuUs: ((server.cpuMs() - cpuBefore) * 1000) / APPROVALS };
}

/** The bare SQL's figures, with this process's CPU time per approval (on SQLite all of the work). */
async function bareWithCpu(db: BenchDatabase, seed: ApprovalSeed): Promise<Figures> {
  const before = process.cpuUsage();
  const result = await bareApprovals(db, seed, CONNECTIONS);
  const used = process.cpuUsage(before);
  return { ...result, cpuUs: (used.user + used.system) / seed.ids.length };
}

async function onServer(args: string[], db: BenchDatabase, work: (server: ServerProcess) => Promise<Figures>): Promise<Figures> {
  const server = await startServer(args[0], args, { ...ENV, ...databaseEnv(db) }, ROOT);
  try {
    return await work(server);
  } finally {
    await server.stop();
  }
}

async function measure(name: string, open: () => Promise<BenchDatabase>): Promise<Row> {
  const db = await open();
  const seed = (year: number) => seedApprovals(db, MEASURE, example, WARMUP + APPROVALS, NOW, year);
  try {
    progress(`${name}: the built API (it migrates the database), ${WARMUP} approvals to warm up, then ${APPROVALS} at ${CONNECTIONS} connections`);
    const api = await onServer(['dist/apps/api/main.js'], db, async (server) => approveOverHttp(server, await seed(YEAR), () => '{}'));
    progress(`${name}: bare fastify, the three statements over HTTP, the same way`);
    const http = await onServer(['tools/bench/api/bare-fastify.peer.cjs'], db, async (server) =>
      approveOverHttp(server, await seed(YEAR + 1), (s) => JSON.stringify({ ledger: s.ledgerId, amount: s.amountEach })),
    );
    progress(`${name}: the same statements as bare SQL in this process, ${CONNECTIONS} ${name === 'SQLite' ? 'requests on one writer' : 'pooled connections'}`);
    const warm = await seedApprovals(db, MEASURE, example, WARMUP, NOW, YEAR + 2);
    await bareApprovals(db, warm, CONNECTIONS);
    const bare = await bareWithCpu(db, await seedApprovals(db, MEASURE, example, APPROVALS, NOW, YEAR + 3));
    return { database: name, api, http, bare };
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
  console.log(`\nApprovals on one hot budget, ${APPROVALS} each after ${WARMUP} to warm up, ${CONNECTIONS} connections (goal: API ≥ 0.6× bare SQL)\n`);
  const figures = (f: Figures) => `${fmt(f.perSecond)} (${f.p50Ms.toFixed(1)} / ${f.p99Ms.toFixed(1)} ms; ${fmt(f.cpuUs)} µs CPU)`;
  const ratio = (a: Figures, b: Figures) => `${(a.perSecond / b.perSecond).toFixed(2)}×`;
  console.log('(µs CPU: CPU time of the Node process doing the approvals, per approval; on PostgreSQL the database server\'s own work is not in it)\n');
  console.log('| database | API /s (p50 / p99; CPU) | bare fastify, HTTP /s | bare SQL, in-process /s | API ÷ bare SQL | API ÷ bare fastify | bare fastify ÷ bare SQL |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(
      `| ${r.database} | ${figures(r.api)} | ${figures(r.http)} | ${figures(r.bare)} | ${ratio(r.api, r.bare)} | ${ratio(r.api, r.http)} | ${ratio(r.http, r.bare)} |`,
    );
  }
  for (const r of rows) {
    const verdict = r.api.perSecond / r.bare.perSecond >= 0.6 ? 'MET' : 'NOT MET';
    console.log(
      `${r.database}: API ÷ bare SQL ${ratio(r.api, r.bare)} (goal ≥ 0.6×): ${verdict}; an HTTP server doing nothing but the statements reaches ${ratio(r.http, r.bare)} of the bare SQL, the API ${ratio(r.api, r.http)} of that floor`,
    );
  }
  // SQLite's writes run on the server's one thread: the goal is a CPU budget per approval on it.
  const sqlite = rows.find((r) => r.database === 'SQLite');
  if (sqlite) {
    const budget = 1e6 / (0.6 * sqlite.bare.perSecond);
    console.log(
      `SQLite: 0.6× the bare SQL is ${fmt(0.6 * sqlite.bare.perSecond)}/s, at most ${fmt(budget)} µs of one thread per approval (the server's event loop runs every approval's writes); the API uses ${fmt(sqlite.api.cpuUs)} µs, a bare fastify server doing only the three statements ${fmt(sqlite.http.cpuUs)} µs`,
    );
  }
}

main().catch((error) => {
  console.error(`bench:api approvals: ${(error as Error).message}`);
  process.exit(1);
});
