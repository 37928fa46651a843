import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The repository root, without importing generate.ts (which loads prettier). */
export const REPO = path.resolve(__dirname, '../../../..');
/** tools/codegen/src, for imports by absolute path from scripts written to a temporary folder. */
export const CODEGEN_SRC = path.resolve(__dirname, '..');

/**
 * Runs a TypeScript module in a fresh Node process (through tsx, with the workspace's path
 * aliases) and returns the JSON it printed last. Tests of the whole pipeline need this: prettier
 * loads itself with a dynamic `import()`, which Jest's module sandbox refuses unless Node runs
 * with --experimental-vm-modules. The script is also exactly how `npm run generate` runs.
 */
export function runInNode<T>(source: string, nodeFlags: string[] = []): T {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pioneer-codegen-'));
  try {
    const script = path.join(dir, 'script.ts');
    writeFileSync(script, source);
    const run = spawnSync(process.execPath, [...nodeFlags, '--import', 'tsx', script], {
      cwd: REPO,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    const last = run.stdout.trim().split('\n').pop() ?? '';
    if (run.status !== 0 || !last.startsWith('{'))
      throw new Error(`the script failed (exit ${run.status}):\n${run.stderr}\n${run.stdout.slice(-2000)}`);
    return JSON.parse(last) as T;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** An import line for a module of tools/codegen/src, by absolute path. */
export function importFrom(names: string, module: string): string {
  return `import { ${names} } from ${JSON.stringify(path.join(CODEGEN_SRC, module))};`;
}

/**
 * A throw-away repository root holding the fixture policy (tools/cli/test/fixtures/minimal-policy)
 * as schemas/policies/fixture-policy, next to copies of schemas/common and schemas/meta: what
 * `buildIR(<root>/schemas, <root>)` reads. The caller removes it.
 */
export function fixtureWorkspace(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'pioneer-fixture-'));
  for (const dir of ['common', 'meta']) cpSync(path.join(REPO, 'schemas', dir), path.join(root, 'schemas', dir), { recursive: true });
  cpSync(path.join(REPO, 'tools/cli/test/fixtures/minimal-policy'), path.join(root, 'schemas/policies/fixture-policy'), {
    recursive: true,
  });
  cpSync(path.join(REPO, '.prettierrc'), path.join(root, '.prettierrc'));
  return root;
}
