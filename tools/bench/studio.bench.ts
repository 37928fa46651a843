/**
 * `npm run bench:studio` — the studio's what-if over 10,000 stored applications: read from a real
 * SQLite database (the API's migrations and entities), each decided by the published and by an
 * edited compute-voucher (55% from a date in the middle of the year), summed per application, in
 * total and per budget year. Goal: under 2 s on one core. The baseline is the least any what-if
 * must do: deciding the same applications once, in memory; the report gives the ratio. A
 * measurement, not a test: it never fails on timing.
 */
import './require-legacy-decorators';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ApplicationsRepository, FundingHistoryService, PolicyRegistry } from '@pioneer/api-applications';
import { type ApiConfig, ApplicationEntity, Clock, DatabaseService, dataSourceOptions } from '@pioneer/api-core';
import { whatIf, WhatIfService } from '@pioneer/api-studio';
import { compilePolicy, usccCheckCharacter } from '@pioneer/engine';
import { loadPolicyFolder, readPolicyBundle } from '@pioneer/policy-loader';
import { DataSource } from 'typeorm';
import { POLICY_DIR } from './compute-voucher-inputs';

const MEASURE = 'compute-voucher';
const APPLICATIONS = Number(process.env.BENCH_STUDIO_APPLICATIONS ?? 10_000);
const GOAL_MS = 2_000;
const RUNS = 3;
const t0 = performance.now();
const progress = (line: string) => console.log(`[${((performance.now() - t0) / 1000).toFixed(1).padStart(5)} s] ${line}`);

/** The measure with a second version from 2025-10-01 paying 55% instead of 50%. */
function editedPolicy() {
  const { bundle } = readPolicyBundle(POLICY_DIR);
  const source = bundle!.measures.find((m) => m.file.endsWith(`/${MEASURE}.json`))!;
  const measure = structuredClone(source.json) as { 'x-versions': Array<Record<string, any>> }; // eslint-disable-line @typescript-eslint/no-explicit-any
  const [first] = measure['x-versions'];
  measure['x-versions'].push({ ...structuredClone(first), version: 'bench', effectiveFrom: '2025-10-01', values: { ...first.values, rate: '55%' } });
  first.effectiveTo = '2025-09-30';
  source.json = measure;
  const { policy, problems } = compilePolicy(bundle!);
  if (!policy) throw new Error(`the edited measure does not compile: ${problems.map((p) => p.message).join('; ')}`);
  return policy;
}

/** A valid credit code per applicant: 2,000 applicants with five applications each, so every history holds a few awards. */
const applicantOf = (i: number): string => {
  const first17 = `91440300${String(i % 2_000).padStart(9, '0')}`;
  return first17 + usccCheckCharacter(first17);
};

/** 10,000 applications spread over 2025 with contracts from 0.5 to 25 million yuan; every fifth approved. */
async function seed(db: DataSource): Promise<void> {
  const example = JSON.parse(readFileSync(path.join(POLICY_DIR, 'examples/applications', `${MEASURE}.json`), 'utf8'));
  const rows: ApplicationEntity[] = [];
  for (let i = 0; i < APPLICATIONS; i++) {
    const data = structuredClone(example);
    data.contract.amount = 50_000_000 + ((i * 7_919) % 2_450) * 1_000_000;
    data.project.reference = `BENCH-${i}`;
    data.applicant.creditCode = applicantOf(i);
    const day = new Date(Date.UTC(2025, 3, 1) + (i % 240) * 86_400_000).toISOString();
    const approved = i % 5 === 0;
    rows.push(Object.assign(new ApplicationEntity(), {
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      policy: 'shenzhen-ai-2024',
      measure: MEASURE,
      status: approved ? 'approved' : 'submitted',
      version: null,
      applicantId: data.applicant.creditCode,
      district: data.applicant.district,
      data,
      decision: null,
      amount: null,
      idempotencyKey: null,
      revision: 1,
      submittedAt: day,
      createdAt: day,
      updatedAt: day,
      approvedAmount: approved ? Math.min(Math.floor(data.contract.amount / 2 / 100) * 100, 1_000_000_000) : null,
      paidAmount: 0,
      budgetCode: approved ? MEASURE : null,
      budgetYear: approved ? 2025 : null,
      statusReason: null,
    }));
  }
  // TypeORM types an insert of a JSON column as a deep partial the entity class does not satisfy.
  for (let i = 0; i < rows.length; i += 500) await db.manager.insert(ApplicationEntity, rows.slice(i, i + 500) as never);
}

async function main() {
  progress(`studio what-if benchmark — Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'}, one thread, ${APPLICATIONS} applications`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pioneer-bench-studio-'));
  const db = new DataSource(dataSourceOptions({ kind: 'sqlite', file: path.join(dir, 'bench.sqlite') }));
  try {
    await db.initialize();
    progress('seeding SQLite');
    await seed(db);
    const published = loadPolicyFolder(POLICY_DIR);
    const edited = editedPolicy();
    const config = { timeZone: 'Asia/Shanghai' } as ApiConfig;
    const histories = new FundingHistoryService(new ApplicationsRepository(), PolicyRegistry.shared(), new Clock(config));
    const service = new WhatIfService(new DatabaseService(db), config, histories);
    const stored = await service.stored(MEASURE);
    progress(`${stored.length} applications stored; warming up`);
    await service.report(MEASURE, published, edited);

    const baselineStart = performance.now();
    let paid = 0;
    for (const app of stored) paid += published.evaluate(MEASURE, app.data, { asOf: app.asOf, history: app.history, scores: [] }).award?.amount ?? 0;
    const baselineMs = performance.now() - baselineStart;
    progress(`baseline: ${stored.length} decisions with the published measure in ${baselineMs.toFixed(0)} ms (awards ${paid} fen)`);

    const times: number[] = [];
    let report!: Awaited<ReturnType<WhatIfService['report']>>;
    for (let run = 1; run <= RUNS; run++) {
      const start = performance.now();
      report = await service.report(MEASURE, published, edited);
      times.push(performance.now() - start);
      progress(`what-if run ${run}/${RUNS}: ${times[times.length - 1].toFixed(0)} ms (read from SQLite, two decisions each, totals)`);
    }
    const median = [...times].sort((a, b) => a - b)[Math.floor(RUNS / 2)];
    // Where the time goes: reading the rows, and deciding them twice.
    const readStart = performance.now();
    const rows = await service.stored(MEASURE);
    const readMs = performance.now() - readStart;
    const decideStart = performance.now();
    whatIf(MEASURE, published, edited, rows);
    const decideMs = performance.now() - decideStart;
    console.log('');
    console.log(`what-if over ${report.totals.applications} stored applications: median ${(median / 1000).toFixed(2)} s (goal < ${GOAL_MS / 1000} s: ${median < GOAL_MS ? 'met' : 'NOT met'})`);
    console.log(`  ratio to the baseline (one in-memory decision each): ${(median / baselineMs).toFixed(2)}×`);
    console.log(`  of which reading the rows ${readMs.toFixed(0)} ms, deciding them twice ${decideMs.toFixed(0)} ms (${(decideMs / baselineMs).toFixed(2)}× the baseline)`);
    console.log(`  ${report.totals.changed} applications change, ${report.totals.flips} flip; total change ${report.totals.change} fen; budget years: ${report.budgetYears.map((y) => `${y.year} ${y.change >= 0 ? '+' : ''}${y.change} fen`).join(', ')}`);
  } finally {
    await db.destroy().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`bench:studio: ${(error as Error).message}`);
  process.exit(1);
});
