/**
 * `npm run bench:api` — the real API over HTTP, as a child process on 127.0.0.1, next to a bare
 * fastify server doing the least the same request needs. One run (about 4 minutes; `--quick`
 * about 2) prints, on SQLite and on PostgreSQL:
 *
 *   1. create + submit pairs/s (p50, p99) at 50 connections with 10k and with 100k stored
 *      applications (`--quick`: 5k and 50k), and the ratio 100k/10k (goal ≥ 0.8: a submit reads
 *      the applicant's funding history, which must not slow down as the table grows);
 *   2. create-draft/s at 50 connections, the API against the bare fastify peer on the same driver;
 *   3. the slowest answer to ~1 MB hostile bodies on `POST …/eligibility` (goal < 100 ms);
 *   4. cold start to a healthy /api/health and idle memory: the built API (dist/), the same API
 *      through the development loader, and the bare fastify peer.
 *
 * A measurement, not a test: it never fails on timing, only when a server does not start or
 * answers wrongly. See tools/bench/README.md for the method and how to read the figures.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { mib, ms, perSecond, printApiReport, type ReportRow, times } from './api/api-report';
import { type BenchDatabase, databaseEnv, postgresDatabase, sqliteDatabase } from './api/bench-database';
import { hostileBodies } from './api/hostile-bodies';
import { expectStatus, type LoadResult, type Operation, runLoad } from './api/load-generator';
import { applicationTemplates, countApplications, organisationCode, seedApplications } from './api/seed-applications';
import { type ServerProcess, startServer } from './api/spawn-server';
// A true median (the mean of the middle two of an even count): over a few rounds, nearest rank would pick the lower.
import { median } from './measure-throughput';

const QUICK = process.argv.includes('--quick');
const ROOT = path.resolve(__dirname, '../..');
const MEASURE = 'compute-voucher';
const HOSTILE_ARRAY = 'attachments.contract';
const NOW = '2025-06-01T02:00:00Z';
const CONNECTIONS = 50;
const PLAN = QUICK
  ? {
      coldRuns: 1,
      rounds: 2,
      pairRounds: 2,
      draftRoundMs: 1500,
      warmupMs: 500,
      pairsMs: 1500,
      small: 5_000,
      large: 50_000,
      hostileRequests: 2,
      hostileTimeoutMs: 5000,
    }
  : {
      coldRuns: 3,
      rounds: 4,
      pairRounds: 3,
      draftRoundMs: 2000,
      warmupMs: 1000,
      pairsMs: 3000,
      small: 10_000,
      large: 100_000,
      hostileRequests: 5,
      hostileTimeoutMs: 10_000,
    };
const POSTGRES_URL = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

const ADMIN = 'bench-admin-token-0001';
/**
 * The load comes from 500 organisations, each with its own applicant token (credit codes no
 * seeded row uses), as a running programme's would: one organisation alone would serialise every
 * decision on its per-applicant lock and pile its drafts up against its quota.
 */
const ORGANISATIONS = Array.from({ length: 500 }, (_, k) => ({
  token: `bench-applicant-token-${k}`,
  creditCode: organisationCode(900_000 + k),
}));
const example = JSON.parse(
  readFileSync(path.join(ROOT, 'schemas/policies/shenzhen-ai-2024/examples/applications', `${MEASURE}.json`), 'utf8'),
);
const TOKENS = JSON.stringify({
  [ADMIN]: { role: 'admin', subject: 'bench-admin' },
  ...Object.fromEntries(
    ORGANISATIONS.map(({ token, creditCode }, k) => [token, { role: 'applicant', subject: `bench-org-${k}`, applicantId: creditCode }]),
  ),
});
const COMMON_ENV = {
  NODE_ENV: 'production',
  PIONEER_TOKENS: TOKENS,
  PIONEER_STATIC_TOKENS_IN_PRODUCTION: '1',
  PIONEER_AUTH_SECRET: 'bench-api-secret-of-at-least-32-characters',
  // One client sends everything here: the per-principal rate limit (600 a minute by default) would
  // answer 429 within a second. Set as high as it goes; the limiter itself still runs.
  PIONEER_RATE_LIMIT: '1000000',
  // The create-draft comparison leaves its drafts behind (some 50 per organisation).
  PIONEER_DRAFT_QUOTA: '100000',
  // The forms cite the example's placeholder attachments, never uploaded: submissions do not check
  // their references here (one look-up per cited file in production), and nothing is stored.
  PIONEER_VERIFY_ATTACHMENTS: '0',
  PIONEER_ATTACHMENTS_DIR: mkdtempSync(path.join(os.tmpdir(), 'bench-api-attachments-')),
  PIONEER_NOW: NOW,
  PIONEER_DEMO: '',
  PIONEER_CORS_ORIGINS: '',
};

const t0 = performance.now();
const loadAtStart = os.loadavg()[0];
const progress = (line: string) => console.log(`[${((performance.now() - t0) / 1000).toFixed(1).padStart(5)} s] ${line}`);
const indent = (line: string) => console.log(`          ${line}`);
type Variant = { name: string; args: string[]; env: NodeJS.ProcessEnv };
const BUILT: Variant = { name: 'built API (node dist/apps/api/main.js)', args: ['dist/apps/api/main.js'], env: {} };
const DEV: Variant = {
  name: 'dev loader (@swc-node/register)',
  args: ['-r', '@swc-node/register', 'apps/api/src/main.ts'],
  env: { SWC_NODE_PROJECT: 'tsconfig.base.json' },
};
const BARE: Variant = { name: 'bare fastify', args: ['tools/bench/api/bare-fastify.peer.cjs'], env: {} };

const start = (variant: Variant, db: BenchDatabase) =>
  startServer(variant.name, variant.args, { ...COMMON_ENV, ...databaseEnv(db), ...variant.env }, ROOT);
const json = (body: unknown) => JSON.stringify(body);
const route = `/api/measures/${MEASURE}`;
/** Operation i is organisation i mod 500's: its token, and the example form under its credit code. */
const CALLERS = ORGANISATIONS.map(({ token, creditCode }) => ({
  headers: { authorization: `Bearer ${token}` },
  body: json({ ...example, applicant: { ...example.applicant, creditCode } }),
}));
const caller = (i: number) => CALLERS[i % CALLERS.length];

const createDraft: Operation = async (call, i) =>
  expectStatus('create', await call('POST', `${route}/applications`, { body: caller(i).body, headers: caller(i).headers }), 201);
const createAndSubmit: Operation = async (call, i) => {
  const { body, headers } = caller(i);
  const created = await call('POST', `${route}/applications`, { body, headers });
  expectStatus('create', created, 201);
  const { id } = JSON.parse(created.text) as { id: string };
  expectStatus('submit', await call('POST', `${route}/applications/${id}/submit`, { headers }), 200);
};

function describe(result: LoadResult): string {
  const errors = result.errors ? `, ${result.errors} ERRORS (first: ${result.firstError})` : '';
  return `${perSecond(result.perSecond)}, p50 ${ms(result.p50Ms)}, p99 ${ms(result.p99Ms)} (${result.operations} operations in ${(result.elapsedMs / 1000).toFixed(1)} s${errors})`;
}

/** Nx builds the API (cached: a second or two when nothing changed); false when it cannot. */
function buildApi(): boolean {
  progress('building the API: nx build api (cached)');
  const build = spawnSync(path.join(ROOT, 'node_modules/.bin/nx'), ['build', 'api', '--output-style=static'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  if (build.status !== 0) progress(`WARNING: nx build api failed; the built API is left out:\n${build.stdout}${build.stderr}`);
  return build.status === 0 && existsSync(path.join(ROOT, 'dist/apps/api/main.js'));
}

/** 4. Cold start and idle memory, each variant on a fresh SQLite file, runs interleaved. */
async function coldStarts(variants: Variant[]): Promise<Map<Variant, { startMs: number; rssMiB: number }>> {
  const samples = new Map(variants.map((v) => [v, { start: [] as number[], rss: [] as number[] }]));
  for (let run = 0; run < PLAN.coldRuns; run++) {
    for (const variant of run % 2 ? [...variants].reverse() : variants) {
      const db = sqliteDatabase();
      const server = await start(variant, db);
      await sleep(1000); // idle: start-up garbage collected, timers settled
      samples.get(variant)!.start.push(server.coldStartMs);
      samples.get(variant)!.rss.push(server.rssMiB());
      indent(`${variant.name.padEnd(40)} healthy after ${ms(server.coldStartMs)}, idle RSS ${mib(server.rssMiB())}`);
      await server.stop();
      await db.drop();
    }
  }
  return new Map([...samples].map(([v, s]) => [v, { startMs: median(s.start), rssMiB: median(s.rss) }]));
}

/** The median figures of one side of an alternating comparison. */
interface Side {
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
}

/**
 * Times `operation` against two servers in alternating rounds (A B, B A, …), so drift on the
 * machine falls on both; returns each side's medians and the median of the per-round ratios A/B.
 */
async function alternate(
  servers: [ServerProcess, ServerProcess],
  labels: [string, string],
  operation: Operation,
  roundMs: number,
  rounds: number,
): Promise<{ a: Side; b: Side; ratio: number }> {
  const results: LoadResult[][] = [[], []];
  for (let round = 0; round < rounds; round++) {
    for (const k of round % 2 ? [1, 0] : [0, 1]) {
      const result = await runLoad(
        servers[k].origin,
        { connections: CONNECTIONS, durationMs: roundMs, warmupMs: round < 2 ? PLAN.warmupMs : 0 },
        operation,
      );
      indent(`round ${round + 1} ${labels[k].padEnd(Math.max(...labels.map((l) => l.length)))}  ${describe(result)}`);
      results[k].push(result);
    }
  }
  const side = (runs: LoadResult[]): Side => ({
    perSecond: median(runs.map((r) => (r.errors ? Number.NaN : r.perSecond))),
    p50Ms: median(runs.map((r) => r.p50Ms)),
    p99Ms: median(runs.map((r) => r.p99Ms)),
  });
  const ratios = results[0].map((r, i) => (r.errors || results[1][i].errors ? Number.NaN : r.perSecond / results[1][i].perSecond));
  return { a: side(results[0]), b: side(results[1]), ratio: median(ratios) };
}

/** 2. create-draft: the API and the bare peer on one fresh database. */
async function createDrafts(api: Variant, fresh: () => Promise<BenchDatabase>): Promise<{ a: Side; b: Side; ratio: number }> {
  const db = await fresh();
  const servers: ServerProcess[] = [];
  try {
    servers.push(await start(api, db)); // first: it runs the migrations the peer's inserts need
    servers.push(await start(BARE, db));
    return await alternate([servers[0], servers[1]], ['Pioneer API', 'bare fastify'], createDraft, PLAN.draftRoundMs, PLAN.rounds);
  } finally {
    for (const server of servers) await server.stop();
    await db.drop();
  }
}

/**
 * 1. create+submit pairs: two fresh databases, one filled to `small` and one to `large` stored
 * applications, each with its own API process, timed in alternating rounds.
 */
async function pairs(api: Variant, fresh: () => Promise<BenchDatabase>): Promise<{ a: Side; b: Side; ratio: number; stored: number[] }> {
  const templates = applicationTemplates(path.join(ROOT, 'schemas'), NOW.slice(0, 10));
  const dbs: BenchDatabase[] = [];
  const servers: ServerProcess[] = [];
  try {
    const stored: number[] = [];
    for (const target of [PLAN.large, PLAN.small]) {
      const db = await fresh();
      dbs.push(db);
      servers.push(await start(api, db)); // migrates the new database
      const began = performance.now();
      const inserted = await seedApplications(db, templates, target, (done, of) =>
        indent(`seeded ${done.toLocaleString('en-US')} of ${of.toLocaleString('en-US')}`),
      );
      stored.push(await countApplications(db));
      progress(
        `  ${stored[stored.length - 1].toLocaleString('en-US')} applications stored (${inserted.toLocaleString('en-US')} inserted in ${((performance.now() - began) / 1000).toFixed(1)} s)`,
      );
    }
    progress(`  create + submit at ${CONNECTIONS} connections, ${PLAN.pairRounds} alternating rounds of ${PLAN.pairsMs / 1000} s`);
    const labels: [string, string] = [`${Math.round(stored[0] / 1000)}k stored`, `${Math.round(stored[1] / 1000)}k stored`];
    return { ...(await alternate([servers[0], servers[1]], labels, createAndSubmit, PLAN.pairsMs, PLAN.pairRounds)), stored };
  } finally {
    for (const server of servers) await server.stop();
    for (const db of dbs) await db.drop();
  }
}

interface HostileResult {
  name: string;
  /** Slowest answer; Infinity when a request got no answer within the timeout. */
  maxMs: number;
  statuses: string;
}

/**
 * 3. Each hostile shape, one request at a time, on its own API process: a shape that blocks the
 * event loop past the timeout would otherwise stall every shape after it. Such a server is killed.
 */
async function hostile(api: Variant): Promise<HostileResult[]> {
  const results: HostileResult[] = [];
  const form = { ...example, applicant: { ...example.applicant, creditCode: ORGANISATIONS[0].creditCode } };
  for (const shape of hostileBodies(form, HOSTILE_ARRAY)) {
    const db = sqliteDatabase();
    const server = await start(api, db);
    const times: number[] = [];
    const statuses: Record<string, number> = {};
    let stuck = false;
    const began = performance.now();
    // Up to hostileRequests answers, but no more than one timeout's worth of time per shape.
    for (let i = 0; i < PLAN.hostileRequests && !stuck && performance.now() - began < PLAN.hostileTimeoutMs; i++) {
      const result = await runLoad(
        server.origin,
        { connections: 1, operations: 1, requestTimeoutMs: PLAN.hostileTimeoutMs },
        async (call) => {
          const response = await call('POST', `${route}/eligibility`, { body: shape.body, headers: caller(0).headers });
          if (response.status >= 500) throw new Error(`HTTP ${response.status}: ${response.text.slice(0, 200)}`);
        },
      );
      for (const [status, n] of Object.entries(result.statuses)) statuses[status] = (statuses[status] ?? 0) + n;
      if (result.errors && /timeout/i.test(result.firstError ?? '')) {
        stuck = true;
        statuses[`no answer in ${PLAN.hostileTimeoutMs / 1000} s`] = 1;
        times.push(Number.POSITIVE_INFINITY);
      } else if (result.errors) {
        statuses[result.firstError!.slice(0, 40)] = 1;
        times.push(Number.NaN);
      } else times.push(result.maxMs);
    }
    await server.stop({ force: stuck });
    await db.drop();
    const label = Object.entries(statuses)
      .map(([status, n]) => `${n}×${status}`)
      .join(' ');
    const maxMs = times.some(Number.isNaN) ? Number.NaN : Math.max(...times);
    indent(
      `${shape.name.padEnd(46)} ${(shape.body.length / 1e6).toFixed(2)} MB  max ${maxMs === Infinity ? `> ${PLAN.hostileTimeoutMs / 1000} s` : ms(maxMs)}  [${label}]`,
    );
    results.push({ name: shape.name, maxMs, statuses: label });
  }
  return results;
}

async function main() {
  progress(
    `Pioneer API benchmark${QUICK ? ' (--quick)' : ''} — Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, loopback HTTP, ${CONNECTIONS} connections`,
  );
  if (loadAtStart > os.cpus().length)
    progress(`WARNING: the machine is busy (load average ${loadAtStart.toFixed(1)} on ${os.cpus().length} cores): figures will be noisy`);
  const built = buildApi();
  const api = built ? BUILT : DEV;
  if (!built) progress('WARNING: every API figure below is from the development loader');
  const rows: ReportRow[] = [];
  const notes: string[] = [];

  progress(`4/4 cold start to a healthy /api/health and idle RSS (${PLAN.coldRuns} run(s) each, fresh SQLite file)`);
  const variants = built ? [BUILT, DEV, BARE] : [DEV, BARE];
  const cold = await coldStarts(variants);
  const bare = cold.get(BARE)!;

  const databases: Array<{ label: string; fresh: () => Promise<BenchDatabase> }> = [
    { label: 'SQLite', fresh: async () => sqliteDatabase() },
  ];
  try {
    await (await postgresDatabase(POSTGRES_URL)).drop();
    databases.push({ label: 'PostgreSQL', fresh: () => postgresDatabase(POSTGRES_URL) });
  } catch (error) {
    progress(
      `WARNING: PostgreSQL at ${POSTGRES_URL} is unreachable (${error instanceof Error ? error.message : error}); its rows are left out. Set BENCH_DATABASE_URL.`,
    );
  }

  for (const { label, fresh } of databases) {
    progress(
      `2/4 ${label}: create-draft at ${CONNECTIONS} connections, Pioneer API vs bare fastify, ${PLAN.rounds} alternating rounds of ${PLAN.draftRoundMs / 1000} s`,
    );
    const drafts = await createDrafts(api, fresh);
    progress(
      `1/4 ${label}: create + submit pairs with ${PLAN.small.toLocaleString('en-US')} and ${PLAN.large.toLocaleString('en-US')} stored applications`,
    );
    const stored = await pairs(api, fresh);
    rows.push(
      {
        benchmark: `1. ${label}: create+submit, ${Math.round(stored.stored[1] / 1000)}k stored`,
        pioneer: perSecond(stored.b.perSecond),
        peer: 'p50 / p99',
        peerFigure: `${ms(stored.b.p50Ms)} / ${ms(stored.b.p99Ms)}`,
        ratio: '',
        goal: '',
      },
      {
        benchmark: `1. ${label}: create+submit, ${Math.round(stored.stored[0] / 1000)}k stored`,
        pioneer: perSecond(stored.a.perSecond),
        peer: 'p50 / p99',
        peerFigure: `${ms(stored.a.p50Ms)} / ${ms(stored.a.p99Ms)}`,
        ratio: times(stored.ratio),
        goal: `${PLAN.large / 1000}k/${PLAN.small / 1000}k ≥ 0.80×`,
        met: stored.ratio >= 0.8,
      },
      {
        benchmark: `2. ${label}: create-draft`,
        pioneer: perSecond(drafts.a.perSecond),
        peer: 'bare fastify',
        peerFigure: perSecond(drafts.b.perSecond),
        ratio: times(drafts.ratio),
        goal: '—',
      },
    );
  }

  progress(`3/4 hostile bodies on POST ${route}/eligibility, ${PLAN.hostileRequests} requests each, one at a time, a fresh API per shape`);
  for (const [i, shape] of (await hostile(api)).entries()) {
    const forScale = i === 0;
    const max = shape.maxMs === Infinity ? `> ${PLAN.hostileTimeoutMs / 1000} s` : `max ${ms(shape.maxMs)}`;
    rows.push({
      benchmark: `3. hostile: ${shape.name}`,
      pioneer: max,
      peer: 'answers',
      peerFigure: shape.statuses,
      ratio: '',
      goal: forScale ? '' : '< 100 ms',
      met: forScale ? undefined : shape.maxMs < 100,
    });
  }

  for (const variant of variants) {
    const c = cold.get(variant)!;
    const isBare = variant === BARE;
    rows.push({
      benchmark: `4. cold start: ${variant.name}`,
      pioneer: ms(c.startMs),
      peer: isBare ? '—' : 'bare fastify',
      peerFigure: isBare ? '—' : ms(bare.startMs),
      ratio: isBare ? '' : times(c.startMs / bare.startMs),
      goal: '—',
    });
    rows.push({
      benchmark: `4. idle RSS:   ${variant.name}`,
      pioneer: mib(c.rssMiB),
      peer: isBare ? '—' : 'bare fastify',
      peerFigure: isBare ? '—' : mib(bare.rssMiB),
      ratio: isBare ? '' : times(c.rssMiB / bare.rssMiB),
      goal: '—',
    });
  }
  notes.push(
    'Rates: successful operations per second over a fixed duration after a warm-up; p50/p99 per operation (a pair is two requests).',
    'Ratios of rates: median of the per-round ratios (the two sides timed back to back, alternating). Cold start and RSS: median of the runs.',
    `Machine load (1-minute load average) at the start: ${loadAtStart.toFixed(1)}, at the end: ${os.loadavg()[0].toFixed(1)}, on ${os.cpus().length} cores${Math.max(loadAtStart, os.loadavg()[0]) > os.cpus().length ? ': above the core count, rerun before quoting' : ''}.`,
    `The load generator runs in this process on the same ${os.cpus().length} cores as the server: absolute rates are lower than on a separate client machine; ratios hold.`,
  );
  printApiReport(rows, notes);
  rmSync(COMMON_ENV.PIONEER_ATTACHMENTS_DIR, { recursive: true, force: true });
  progress('done');
}

main().catch((error: unknown) => {
  console.error(`\nbench:api failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
