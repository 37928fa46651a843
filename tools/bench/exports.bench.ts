/**
 * `npm run bench:api:exports` — what a big export does to everyone else. The built API on SQLite
 * and on PostgreSQL, 20,000 applications of one measure (`--quick`: 5,000), each with its form
 * and decision as real ones have; then, at 4 connections, a list page and a new draft one after
 * the other (other users' reads and writes), first with nothing else going on (the baseline),
 * then while one client downloads the measure's CSV and XLSX export. Prints the export's time and
 * size, the server's memory growth, and the other requests' p50 / p99 / worst latency during the
 * export as ratios to the baseline: near 1× means an export does not get in anyone's way.
 * A measurement, never a test: it fails only when a server does not start or a request fails.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { seedApprovals } from './api/approval-seed';
import { type BenchDatabase, databaseEnv, postgresDatabase, sqliteDatabase } from './api/bench-database';
import { expectStatus, type LoadResult, runLoad } from './api/load-generator';
import { startServer } from './api/spawn-server';

const QUICK = process.argv.includes('--quick');
const ROOT = path.resolve(__dirname, '../..');
const MEASURE = 'compute-voucher';
const ROWS = QUICK ? 5_000 : 20_000;
const PROBE_CONNECTIONS = 4;
const BASELINE_MS = 3_000;
const NOW = '2025-06-01T02:00:00Z';
const TOKEN = 'bench-exports-admin-token';
const POSTGRES_URL = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const example = JSON.parse(readFileSync(path.join(ROOT, 'schemas/policies/shenzhen-ai-2024/examples/applications', `${MEASURE}.json`), 'utf8'));
const ENV = {
  NODE_ENV: 'production',
  PIONEER_TOKENS: JSON.stringify({ [TOKEN]: { role: 'admin', subject: 'bench-admin' } }),
  PIONEER_STATIC_TOKENS_IN_PRODUCTION: '1',
  PIONEER_AUTH_SECRET: 'bench-exports-secret-of-at-least-32-chars',
  PIONEER_NOW: NOW,
  PIONEER_DEMO: '',
  PIONEER_RATE_LIMIT: '1000000',
  PIONEER_DRAFT_QUOTA: '100000',
};
const headers = { authorization: `Bearer ${TOKEN}` };

const t0 = performance.now();
const progress = (line: string) => console.log(`[${((performance.now() - t0) / 1000).toFixed(1).padStart(5)} s] ${line}`);
const ms = (n: number) => `${Math.round(n).toLocaleString('en-US')} ms`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}×`;

interface ExportRun {
  format: string;
  exportMs: number;
  megabytes: number;
  rssGrowthMiB: number;
  probes: LoadResult;
}

/** Other users meanwhile: a list page, then a new draft, one after the other on each connection. */
function probes(origin: string, until: { durationMs?: number; stopWhen?: () => boolean }): Promise<LoadResult> {
  return runLoad(origin, { connections: PROBE_CONNECTIONS, ...until }, async (call) => {
    expectStatus('list', await call('GET', `/api/measures/${MEASURE}/applications?perPage=10`, { headers }), 200);
    expectStatus('draft', await call('POST', `/api/measures/${MEASURE}/applications`, { body: JSON.stringify(example), headers }), 201);
  });
}

async function measure(name: string, db: BenchDatabase): Promise<{ baseline: LoadResult; runs: ExportRun[] }> {
  progress(`${name}: migrating, then seeding ${ROWS.toLocaleString('en-US')} applications with their forms and decisions`);
  const first = await startServer('api', ['dist/apps/api/main.js'], { ...ENV, ...databaseEnv(db) }, ROOT);
  await first.stop();
  await seedApprovals(db, MEASURE, example, ROWS, NOW, 2025);
  const server = await startServer('api', ['dist/apps/api/main.js'], { ...ENV, ...databaseEnv(db) }, ROOT);
  try {
    progress(`${name}: other users' requests for ${BASELINE_MS / 1000} s with no export (the baseline)`);
    const baseline = await probes(server.origin, { durationMs: BASELINE_MS });
    const runs: ExportRun[] = [];
    for (const format of ['csv', 'xlsx']) {
      progress(`${name}: the same requests while one client downloads the ${format.toUpperCase()} export`);
      const rss = server.rssMiB();
      let done = false;
      let peak = rss;
      const sampler = setInterval(() => (peak = Math.max(peak, server.rssMiB())), 50);
      const others = probes(server.origin, { stopWhen: () => done });
      const began = performance.now();
      const response = await fetch(`${server.origin}/api/exports/applications?measure=${MEASURE}&format=${format}`, { headers });
      const bytes = (await response.arrayBuffer()).byteLength;
      const exportMs = performance.now() - began;
      done = true;
      clearInterval(sampler);
      if (response.status !== 200) throw new Error(`${format} export: HTTP ${response.status}`);
      const result = await others;
      if (result.errors) throw new Error(`${result.errors} requests failed during the export: ${result.firstError}`);
      runs.push({ format, exportMs, megabytes: bytes / 1e6, rssGrowthMiB: peak - rss, probes: result });
    }
    return { baseline, runs };
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  progress('building the API: nx build api (cached)');
  const build = spawnSync(path.join(ROOT, 'node_modules/.bin/nx'), ['build', 'api', '--output-style=static'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NX_DAEMON: 'false' } });
  if (build.status !== 0) throw new Error(`nx build api failed:\n${build.stdout}${build.stderr}`);
  const results: Array<{ name: string; baseline: LoadResult; runs: ExportRun[] }> = [];
  for (const [name, open] of [
    ['SQLite', async () => sqliteDatabase()],
    ['PostgreSQL', () => postgresDatabase(POSTGRES_URL)],
  ] as const) {
    let db: BenchDatabase;
    try {
      db = await open();
    } catch (error) {
      progress(`${name} left out: ${(error as Error).message.split('\n')[0]} (set BENCH_DATABASE_URL)`);
      continue;
    }
    try {
      results.push({ name, ...(await measure(name, db)) });
    } finally {
      await db.drop();
    }
  }
  console.log(`\nOther users' requests (a list page, then a new draft) at ${PROBE_CONNECTIONS} connections while one client downloads the export of ${ROWS.toLocaleString('en-US')} applications\n`);
  console.log('| database | export | time | size | server memory growth | others p50 / p99 / worst | ÷ baseline p99 | ÷ baseline worst |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const { name, baseline, runs } of results) {
    console.log(`| ${name} | none (baseline) | — | — | — | ${ms(baseline.p50Ms)} / ${ms(baseline.p99Ms)} / ${ms(baseline.maxMs)} | 1.0× | 1.0× |`);
    for (const r of runs) {
      console.log(
        `| ${name} | ${r.format.toUpperCase()} | ${ms(r.exportMs)} | ${r.megabytes.toFixed(1)} MB | ${Math.round(r.rssGrowthMiB)} MiB | ${ms(r.probes.p50Ms)} / ${ms(r.probes.p99Ms)} / ${ms(r.probes.maxMs)} | ${ratio(r.probes.p99Ms, baseline.p99Ms)} | ${ratio(r.probes.maxMs, baseline.maxMs)} |`,
      );
    }
  }
}

main().catch((error) => {
  console.error(`bench:api:exports: ${(error as Error).message}`);
  process.exit(1);
});
