import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO } from './testing/run-in-node.util';

/**
 * Every generated file in the repository type-checks, together with the hand-written files that
 * import generated code: one `tsc --noEmit` over a tsconfig listing all of them, so a generated
 * file that only compiles inside its own project, or an importer that no longer fits what the
 * schemas produce, fails here.
 */
const ROOTS = ['apps', 'libs'];
const SOURCE = /\.(ts|tsx|mts|cts)$/;

function walk(dir: string, visit: (file: string) => void): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, visit);
    else visit(full);
  }
}

function generatedAndImporters(): { generated: string[]; importers: string[] } {
  const generated: string[] = [];
  const importers: string[] = [];
  for (const root of ROOTS) {
    walk(path.join(REPO, root), (file) => {
      if (!SOURCE.test(file) || file.endsWith('.d.ts')) return;
      if (file.split(path.sep).includes('generated')) generated.push(file);
      else if (/from\s+['"][^'"]*\/generated\//.test(readFileSync(file, 'utf8'))) importers.push(file);
    });
  }
  return { generated: generated.sort(), importers: importers.sort() };
}

describe('generated code', () => {
  const { generated, importers } = generatedAndImporters();

  it('exists in the libraries the generator feeds', () => {
    const rel = generated.map((f) => path.relative(REPO, f).split(path.sep).join('/'));
    for (const folder of ['libs/contracts/src/generated/', 'libs/sdk/src/generated/'])
      expect(rel.some((f) => f.startsWith(folder))).toBe(true);
  });

  it('type-checks, with every file that imports it (tsc --noEmit)', () => {
    const dir = path.join(REPO, 'tmp', 'typecheck-generated');
    mkdirSync(dir, { recursive: true });
    const config = {
      extends: path.join(REPO, 'tsconfig.base.json'),
      compilerOptions: { noEmit: true, rootDir: REPO, jsx: 'react-jsx', typeRoots: [path.join(REPO, 'node_modules/@types')] },
      files: [...generated, ...importers],
    };
    writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(config, null, 2));
    const run = spawnSync(process.execPath, [path.join(REPO, 'node_modules/typescript/bin/tsc'), '-p', path.join(dir, 'tsconfig.json')], {
      cwd: REPO,
      encoding: 'utf8',
    });
    expect(`${run.stdout}${run.stderr}`.trim()).toBe('');
    expect(run.status).toBe(0);
  }, 240_000);
});
