/**
 * `npm run bench:codegen` — how long the code generator takes, in one run:
 *
 *   1. full generation for the real policy (into a temporary repository root), then a no-op rerun;
 *   2. full generation for the real policy plus 200 synthetic measures (copies of the real ones
 *      under new codes) — goal: < 20 s — then a no-op rerun;
 *   3. prettier's time file by file on both outputs, and what skipping the large machine-made files would give;
 *   4. `npm run generate:check` on the real repository, as CI runs it (a fresh process, startup
 *      included) — goal: < 10 s.
 *
 * Every stage (load + check, each emitter, prettier, write) is timed from generate()'s own log.
 * Ratios compare runs of this same process: cost per measure at 226 measures against the real
 * policy's, the rerun against the full run, and prettier's share of each run. Nothing under the
 * real schemas/ or generated folders is written. A script, not a test: it reports whether the
 * goals are met and never fails on timing.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { generate, REPO_ROOT, type GeneratedFile } from '@pioneer/codegen';
import { format, resolveConfig } from 'prettier';

type Json = Record<string, unknown>;

const SYNTHETIC = 200;
const GOAL_SYNTHETIC_S = 20;
const GOAL_CHECK_S = 10;
/** Files this large are machine-made data (validators, bundles, catalogue, OpenAPI, i18n). */
const LARGE_KB = 100;

const t0 = performance.now();
const progress = (line: string) => console.log(`[${((performance.now() - t0) / 1000).toFixed(1).padStart(5)} s] ${line}`);
const indent = (line: string) => console.log(`          ${line}`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

interface Run {
  totalMs: number;
  measures: number;
  files: number;
  written: number;
  generated: GeneratedFile[];
  stages: Array<{ stage: string; ms: number }>;
}

/** A repository root in the temporary folder with a copy of schemas/ and the prettier settings. */
function scratchRoot(label: string): string {
  const root = mkdtempSync(path.join(os.tmpdir(), `pioneer-bench-${label}-`));
  cpSync(path.join(REPO_ROOT, 'schemas'), path.join(root, 'schemas'), {
    recursive: true,
    filter: (src) => !src.includes(`${path.sep}golden`),
  });
  cpSync(path.join(REPO_ROOT, '.prettierrc'), path.join(root, '.prettierrc'));
  writeFileSync(path.join(root, 'package.json'), '{ "private": true }\n');
  return root;
}

/** Adds `count` measures to every policy of a scratch root: real measures with a form, under new codes. */
function addSyntheticMeasures(root: string, count: number): number {
  let added = 0;
  const policies = path.join(root, 'schemas/policies');
  for (const policy of readdirSync(policies)) {
    const dir = path.join(policies, policy, 'measures');
    const sources = readdirSync(dir)
      .sort()
      .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Json)
      .filter((m) => Object.keys(m.properties as Json).length > 0);
    for (let i = 1; added < count; i++, added++) {
      const m = structuredClone(sources[(i - 1) % sources.length]);
      const info = m['x-measure'] as Json;
      const code = `${info.code}-s${i}`;
      info.code = code;
      m.$id = String(m.$id).replace(/[^/]+\.json$/, `${code}.json`);
      m.title = String(m.title).replace(/Application$/, `S${i}Application`);
      writeFileSync(path.join(dir, `${code}.json`), JSON.stringify(m, null, 2));
    }
    break;
  }
  return added;
}

/** generate() with its log turned into stage timings. */
async function timedGenerate(root: string): Promise<Run> {
  const stages: Run['stages'] = [];
  const started = performance.now();
  const result = await generate({
    repoRoot: root,
    schemasRoot: path.join(root, 'schemas'),
    write: true,
    log: (line) => {
      const match = /^\s*(.*) \((\d+) ms\)$/.exec(line);
      if (match)
        stages.push({
          stage: match[1]
            .replace(/^(loaded and checked).*/, '$1')
            .replace(/: \d+ file\(s\)$/, '')
            .replace(/ \d+ file\(s\)$/, ''),
          ms: Number(match[2]),
        });
    },
  });
  return {
    totalMs: performance.now() - started,
    measures: result.ir.policies.reduce((n, p) => n + p.measures.length, 0),
    files: result.files.length,
    written: result.written.length,
    generated: result.files,
    stages,
  };
}

const prettierMs = (run: Run) => run.stages.filter((s) => s.stage.startsWith('formatted')).reduce((n, s) => n + s.ms, 0);
const share = (run: Run) => `${((100 * prettierMs(run)) / run.totalMs).toFixed(0)}%`;

function report(name: string, run: Run): void {
  progress(
    `${name}: ${seconds(run.totalMs)} for ${run.measures} measures, ${run.files} files (${run.written} written); prettier ${share(run)}`,
  );
  indent(run.stages.map((s) => `${s.stage} ${seconds(s.ms)}`).join(' · '));
}

function checkRealRepository(): { ms: number; status: number | null; summary: string } {
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    [path.join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'), '--tsconfig', 'tsconfig.base.json', 'tools/codegen/src/main.ts', '--check'],
    {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    },
  );
  const lines = `${run.stdout}`.trim().split('\n');
  return { ms: performance.now() - started, status: run.status, summary: lines.find((l) => /^[✓✗]/.test(l)) ?? lines.pop() ?? '' };
}

/** prettier's time per generated file (formatting the output again costs what formatting it did), to see where it goes. */
async function prettierByFile(files: GeneratedFile[]): Promise<Array<{ file: string; ms: number; kb: number }>> {
  const options = (await resolveConfig(path.join(REPO_ROOT, 'package.json'))) ?? {};
  const rows: Array<{ file: string; ms: number; kb: number }> = [];
  for (const file of files) {
    const started = performance.now();
    await format(file.content, { ...options, filepath: file.path });
    rows.push({ file: file.path, ms: performance.now() - started, kb: file.content.length / 1024 });
  }
  return rows.sort((a, b) => b.ms - a.ms);
}

const verdict = (ok: boolean) => (ok ? 'MET' : 'NOT MET');

async function main() {
  progress(`Pioneer codegen benchmark — Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}`);
  const roots: string[] = [];
  try {
    progress('1/4 the real policy, generated into a temporary repository root');
    const realRoot = scratchRoot('real');
    roots.push(realRoot);
    const real = await timedGenerate(realRoot);
    report('full generation', real);
    const realRerun = await timedGenerate(realRoot);
    report('no-op rerun', realRerun);

    progress(`2/4 the real policy + ${SYNTHETIC} synthetic measures (real forms under new codes)`);
    const bigRoot = scratchRoot('synthetic');
    roots.push(bigRoot);
    const added = addSyntheticMeasures(bigRoot, SYNTHETIC);
    progress(`wrote ${added} synthetic measure files; generating`);
    const big = await timedGenerate(bigRoot);
    report('full generation', big);
    const bigRerun = await timedGenerate(bigRoot);
    report('no-op rerun', bigRerun);

    progress('3/4 prettier, file by file, on both outputs (what each file would cost if it went through prettier)');
    const projected: string[] = [];
    for (const [name, run] of [
      ['real', real],
      [`${big.measures} measures`, big],
    ] as const) {
      const byFile = await prettierByFile(run.generated);
      const formatTotal = byFile.reduce((n, r) => n + r.ms, 0);
      const large = byFile.filter((r) => r.kb >= LARGE_KB);
      const largeMs = large.reduce((n, r) => n + r.ms, 0);
      indent(
        `${name}: ${large.length} files of ${LARGE_KB} KB or more take ${((100 * largeMs) / formatTotal).toFixed(0)}% of prettier's ${seconds(formatTotal)}; the largest:`,
      );
      byFile.slice(0, 4).forEach((r) => indent(`  ${seconds(r.ms).padStart(8)} ${`${r.kb.toFixed(0)} KB`.padStart(9)}  ${r.file}`));
      // What a run would take if prettier skipped those machine-made files: the rest of the run, and the rest of prettier.
      const rest = run.totalMs - prettierMs(run) + (prettierMs(run) * (formatTotal - largeMs)) / formatTotal;
      projected.push(`${name}: ${seconds(rest)} instead of ${seconds(run.totalMs)}`);
    }

    progress('4/4 npm run generate:check on the real repository (a fresh process, as CI runs it)');
    const check = checkRealRepository();
    progress(`generate:check: ${seconds(check.ms)} (exit ${check.status}) — ${check.summary}`);

    const perReal = real.totalMs / real.measures;
    const perBig = big.totalMs / big.measures;
    const heaviest = [...big.stages].sort((a, b) => b.ms - a.ms)[0];
    console.log('');
    console.log('Results');
    indent(
      `per measure: ${perReal.toFixed(0)} ms with ${real.measures} measures, ${perBig.toFixed(0)} ms with ${big.measures} (${(perBig / perReal).toFixed(2)}× the real policy's)`,
    );
    indent(
      `no-op rerun: ${((100 * realRerun.totalMs) / real.totalMs).toFixed(0)}% of a full run (real), ${((100 * bigRerun.totalMs) / big.totalMs).toFixed(0)}% (${big.measures} measures): every file is regenerated and compared, nothing is written`,
    );
    indent(
      `prettier: ${share(real)} of the real run, ${share(big)} of the ${big.measures}-measure run; the heaviest stage there is "${heaviest.stage}" (${seconds(heaviest.ms)})`,
    );
    console.log('');
    console.log('Goals');
    indent(
      `${verdict(big.totalMs < GOAL_SYNTHETIC_S * 1000)}  ${big.measures} measures (${added} synthetic) generated in ${seconds(big.totalMs)} (goal < ${GOAL_SYNTHETIC_S} s)`,
    );
    indent(
      `${verdict(check.ms < GOAL_CHECK_S * 1000)}  generate:check on the real policy in ${seconds(check.ms)}, process start included (goal < ${GOAL_CHECK_S} s)`,
    );
    if (prettierMs(big) > big.totalMs / 2) {
      indent(
        'prettier still takes most of the run, though emitters lay out machine-made data themselves (`formatted: true`, skipped by prettier).',
      );
      indent(
        'Next step: a manifest of raw-content hashes, so a no-op rerun and generate:check skip prettier for files whose emitter output did not change.',
      );
      indent(`Projected with prettier skipping files of ${LARGE_KB} KB or more: ${projected.join('; ')}.`);
    }
  } finally {
    roots.forEach((root) => rmSync(root, { recursive: true, force: true }));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
