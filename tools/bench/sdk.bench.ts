/**
 * `npm run bench:sdk` — what a district's page downloads, and how fast the offline engine is.
 *
 *   1. gzip sizes (level 9) of the built package (`nx run sdk:build`, run first): the SDK core
 *      (`@pioneer/sdk` with the chunks it imports), one measure's offline engine
 *      (`@pioneer/sdk/offline/compute-voucher` with its chunks), and the embeddable form
 *      (`<pioneer-apply>` with its renderer, bundled as the example portal bundles it), alone and
 *      with the one measure it loads; each against its goal (25 / 40 / 150 kB), as a ratio;
 *   2. offline estimates per second with the packaged compute-voucher engine, against the same
 *      estimates with the whole policy compiled as the API compiles it (the baseline: ratio ≈ 1
 *      means the package costs nothing at run time). Both must agree on every input first.
 *
 * A script, not a test: it prints figures and verdicts and never fails on timing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { loadPolicies } from '@pioneer/contracts';
import { computeVoucherInputs } from './compute-voucher-inputs';

const root = path.resolve(__dirname, '../..');
const dist = path.join(root, 'dist/libs/sdk');
const MEASURE = 'compute-voucher';
const AS_OF = '2025-06-01';
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const t0 = performance.now();
const progress = (line: string) => console.log(`[${((performance.now() - t0) / 1000).toFixed(1).padStart(5)} s] ${line}`);

/** An ES module and every chunk it imports statically (not its dynamic imports), by file. */
function closure(entry: string, files = new Set<string>()): Set<string> {
  if (files.has(entry)) return files;
  files.add(entry);
  const code = readFileSync(entry, 'utf8');
  for (const match of code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) closure(path.resolve(path.dirname(entry), match[1]), files);
  return files;
}

const gzipOf = (files: Iterable<string>) => [...files].reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);

/** `<pioneer-apply>` bundled for a page (ESM, split: each measure's engine is its own lazy chunk). */
async function buildForm(out: string): Promise<{ form: Set<string>; measureChunk: Set<string> }> {
  const result = await build({
    entryPoints: { form: path.join(root, 'libs/embed/src/index.ts') },
    outdir: out,
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    platform: 'browser',
    target: 'es2022',
    tsconfig: path.join(root, 'tsconfig.base.json'),
    metafile: true,
    logLevel: 'warning',
    plugins: [{ name: 'no-ajv-compiler', setup: (b) => b.onResolve({ filter: /^(ajv\/dist\/2020|ajv-formats)$/ }, () => ({ path: path.join(root, 'examples/district-portal/no-ajv.js') })) }],
  });
  const form = closure(path.join(out, 'form.js'));
  const measureEntry = Object.entries(result.metafile.outputs).find(([, o]) => Object.keys(o.inputs).some((i) => i.endsWith(`offline/${MEASURE}.gen.ts`)))?.[0];
  if (!measureEntry) throw new Error(`the form bundle has no chunk for ${MEASURE}`);
  return { form, measureChunk: closure(path.resolve(root, measureEntry)) };
}

function verdict(label: string, bytes: number, goalKb: number) {
  const ratio = bytes / (goalKb * 1024);
  console.log(`  ${label.padEnd(46)} ${kB(bytes).padStart(9)} gzip   goal ≤ ${goalKb} kB   ${(ratio * 100).toFixed(0).padStart(3)}% of goal  ${ratio <= 1 ? '✓ met' : '✗ NOT met'}`);
}

function rate(fn: (i: number) => void, ms: number): number {
  for (let i = 0; i < 2000; i++) fn(i);
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < ms) for (let i = 0; i < 200; i++) fn(n++);
  return n / ((performance.now() - start) / 1000);
}

async function main() {
  progress('building the package (nx run sdk:build → dist/libs/sdk)…');
  execFileSync(process.execPath, [path.join(root, 'libs/sdk/scripts/build-package.mjs')], { cwd: root, stdio: 'inherit' });
  progress('bundling <pioneer-apply> as a page would…');
  const out = mkdtempSync(path.join(tmpdir(), 'pioneer-bench-sdk-'));
  try {
    const { form, measureChunk } = await buildForm(out);
    const core = closure(path.join(dist, 'index.mjs'));
    const measure = closure(path.join(dist, `offline/${MEASURE}.mjs`));
    console.log('\nSizes (gzip -9, ESM as a browser loads it):');
    verdict('SDK core (@pioneer/sdk)', gzipOf(core), 25);
    verdict(`one measure offline (${MEASURE})`, gzipOf(measure), 40);
    verdict('<pioneer-apply> with its renderer', gzipOf(form), 150);
    verdict(`<pioneer-apply> + the ${MEASURE} engine it loads`, gzipOf(new Set([...form, ...measureChunk])), 150);
    console.log(`  (CommonJS, for Node: core ${kB(gzipOf([path.join(dist, 'index.cjs')]))}, ${MEASURE} ${kB(gzipOf([path.join(dist, `offline/${MEASURE}.cjs`)]))})`);

    progress('timing offline estimates…');
    const packaged = (await import(pathToFileURL(path.join(dist, `offline/${MEASURE}.mjs`)).href)).default as { estimate(app: unknown, ctx: { asOf: string }): { status: string; award: { amount: number | null } | null } };
    const policy = loadPolicies().find((p) => p.measures.has(MEASURE))!;
    const cases = computeVoucherInputs();
    const inputs = cases.map((input) => input.app);
    for (const app of inputs) {
      const a = packaged.estimate(app, { asOf: AS_OF });
      const b = policy.evaluate(MEASURE, app, { asOf: AS_OF, history: [], scores: [] });
      // Same inputs, same date, no history: the two must decide alike before anything is timed.
      if (a.status !== b.status || a.award?.amount !== b.award?.amount) throw new Error(`the packaged engine disagrees with the policy on an input: ${JSON.stringify({ packaged: a.status, policy: b.status })}`);
    }
    const packagedRate = rate((i) => packaged.estimate(inputs[i % inputs.length], { asOf: AS_OF }), 2000);
    const baselineRate = rate((i) => policy.evaluate(MEASURE, inputs[i % inputs.length], { asOf: AS_OF, history: [], scores: [] }), 2000);
    console.log(`\nOffline estimates (${inputs.length} ${MEASURE} inputs, agreed on all):`);
    console.log(`  packaged @pioneer/sdk/offline/${MEASURE}      ${Math.round(packagedRate).toLocaleString('en')} estimates/s`);
    console.log(`  baseline: the whole policy as the API compiles it  ${Math.round(baselineRate).toLocaleString('en')} estimates/s`);
    console.log(`  ratio packaged / baseline: ${(packagedRate / baselineRate).toFixed(2)}×`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
