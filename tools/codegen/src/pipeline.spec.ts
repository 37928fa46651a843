import { rmSync } from 'node:fs';
import { fixtureWorkspace, importFrom, REPO, runInNode } from './testing/run-in-node.util';

/**
 * The generator as a whole, over the fixture policy (tools/cli/test/fixtures/minimal-policy)
 * and the real one: every emitter's output against its snapshot, a second run byte-identical,
 * inputs (IR and schema files) never mutated. The pipeline runs in a child Node process (see
 * run-in-node.util.ts for why); everything it reports is asserted here.
 *
 * A new emitter gets its snapshot on `npx jest -c tools/codegen/jest.config.cjs -u`; under
 * `--ci` (npm test) a missing snapshot fails.
 */
interface File {
  path: string;
  content: string;
}
interface Report {
  emitters: Array<{ name: string; outputs: string[]; files: File[] }>;
  fixture: { irUnchanged: boolean; emitDeterministic: boolean };
  real: { measures: number; irUnchanged: boolean; emitDeterministic: boolean };
  rerun: {
    first: { written: number; removed: number };
    second: { written: string[]; removed: string[]; unchanged: number };
    treeIdentical: boolean;
    schemasUnchanged: boolean;
  };
}

const PIPELINE = (root: string) => `
${importFrom('buildIR', 'pipeline/build-ir')}
${importFrom('EMITTERS', 'emitters')}
${importFrom('formatFiles', 'pipeline/format')}
${importFrom('generate', 'generate')}
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const root = ${JSON.stringify(root)};
const repo = ${JSON.stringify(REPO)};

/** Frozen all the way down: an emitter that writes into the IR throws (modules are strict). */
function deepFreeze(value) {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function treeHash(dir, skip = () => false) {
  const hash = createHash('sha256');
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const full = path.join(d, name);
      if (skip(full)) continue;
      if (statSync(full).isDirectory()) walk(full);
      else hash.update(full).update(readFileSync(full));
    }
  };
  walk(dir);
  return hash.digest('hex');
}

/** Emits everything twice from one frozen IR: the IR must come out unchanged, the files identical. */
async function emitTwice(schemas, repoRoot) {
  const ir = buildIR(schemas, repoRoot);
  const before = JSON.stringify(ir);
  deepFreeze(ir);
  const runs = [];
  for (let i = 0; i < 2; i++) {
    const files = [];
    for (const emitter of EMITTERS) files.push({ name: emitter.name, outputs: emitter.outputs, files: await emitter.emit(ir) });
    runs.push(files);
  }
  return { ir, runs, irUnchanged: JSON.stringify(ir) === before, emitDeterministic: JSON.stringify(runs[0]) === JSON.stringify(runs[1]) };
}

async function main() {
const fixture = await emitTwice(path.join(root, 'schemas'), root);
const emitters = [];
for (const e of fixture.runs[0]) emitters.push({ ...e, files: await formatFiles(e.files, repo) });
const real = await emitTwice(path.join(repo, 'schemas'), repo);

const schemasBefore = treeHash(path.join(root, 'schemas'));
const first = await generate({ repoRoot: root, schemasRoot: path.join(root, 'schemas'), write: true });
const outside = (full) => full.startsWith(path.join(root, 'schemas'));
const afterFirst = treeHash(root, outside);
const second = await generate({ repoRoot: root, schemasRoot: path.join(root, 'schemas'), write: true });
console.log(JSON.stringify({
  emitters,
  fixture: { irUnchanged: fixture.irUnchanged, emitDeterministic: fixture.emitDeterministic },
  real: { measures: real.ir.policies.flatMap((p) => p.measures).length, irUnchanged: real.irUnchanged, emitDeterministic: real.emitDeterministic },
  rerun: {
    first: { written: first.written.length, removed: first.removed.length },
    second: { written: second.written, removed: second.removed, unchanged: second.unchanged.length },
    treeIdentical: treeHash(root, outside) === afterFirst,
    schemasUnchanged: treeHash(path.join(root, 'schemas')) === schemasBefore,
  },
}));
}
main().catch((error) => {
  console.error(error);
  process.exit(1);
});
`;

// Run once, while Jest collects the tests, so that each emitter gets a test of its own.
const root = fixtureWorkspace();
let report: Report;
try {
  report = runInNode<Report>(PIPELINE(root));
} finally {
  rmSync(root, { recursive: true, force: true });
}

describe('every emitter over the fixture policy', () => {
  it('produces files, each under a declared output folder (so a stale one is removed), named *.gen.*, with the banner', () => {
    expect(report.emitters.length).toBeGreaterThan(0);
    const outputs = report.emitters.flatMap((e) => e.outputs);
    for (const { name, files } of report.emitters) {
      expect({ name, count: files.length > 0 }).toEqual({ name, count: true });
      for (const file of files) {
        expect({
          file: file.path,
          inOutputs: outputs.some((o) => file.path.startsWith(`${o}/`)),
          gen: /\.gen\.[a-z]+$/.test(file.path),
        }).toEqual({ file: file.path, inOutputs: true, gen: true });
        // JSON has no comments: its banner is a field (OpenAPI's info.x-generated).
        const head = file.path.endsWith('.json') ? file.content : file.content.split('\n')[0];
        expect({ file: file.path, banner: head.includes('Generated by tools/codegen from') }).toEqual({ file: file.path, banner: true });
      }
    }
  });

  it.each(report.emitters.map((e) => [e.name, e.files] as const))('%s: output matches its snapshot', (_name, files) => {
    expect(Object.fromEntries(files.map((f) => [f.path, f.content]))).toMatchSnapshot();
  });
});

describe('idempotence', () => {
  it('emitters do not mutate the IR (it is deep-frozen) and give identical output from it twice', () => {
    expect(report.fixture).toEqual({ irUnchanged: true, emitDeterministic: true });
    expect(report.real).toMatchObject({ irUnchanged: true, emitDeterministic: true });
    expect(report.real.measures).toBeGreaterThan(0);
  });

  it('a second generate writes and removes nothing and leaves every byte as it was; the schema files are untouched', () => {
    expect(report.rerun.first.written).toBeGreaterThan(0);
    expect(report.rerun.second).toEqual({ written: [], removed: [], unchanged: report.rerun.first.written });
    expect(report.rerun.treeIdentical).toBe(true);
    expect(report.rerun.schemasUnchanged).toBe(true);
  });
});
