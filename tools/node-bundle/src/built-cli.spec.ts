import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildWithNx, COMPILER_MODULE, RECORD_MODULES, ROOT } from './run-built.util';

const dir = mkdtempSync(path.join(tmpdir(), 'pioneer-built-cli-'));
const BIN = path.join(ROOT, 'tools/cli/bin/pioneer.js');

/** Runs `pioneer check` through its bin with the module-recording preload; returns the modules it loaded. */
function checkLoading(env: NodeJS.ProcessEnv, name: string): { output: string; modules: string[] } {
  const modulesFile = path.join(dir, name);
  const output = execFileSync(process.execPath, ['--require', RECORD_MODULES, BIN, 'check'], {
    cwd: ROOT,
    env: { ...process.env, ...env, RECORD_MODULES_FILE: modulesFile },
    encoding: 'utf8',
  });
  return { output, modules: readFileSync(modulesFile, 'utf8').split('\n') };
}

describe('the pioneer bin runs the built CLI (nx build cli → dist/tools/cli/main.js) when it is current', () => {
  beforeAll(() => buildWithNx(['cli']), 120000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('checks the schemas from the bundle, with no TypeScript loader', () => {
    const { output, modules } = checkLoading({ PIONEER_CLI_FROM_SOURCE: '' }, 'built.modules');
    expect(output).toMatch(/no problems/);
    expect(modules).toContain(path.join(ROOT, 'dist/tools/cli/main.js'));
    expect(modules.filter((file) => COMPILER_MODULE.test(file))).toEqual([]);
  });

  it('falls back to the TypeScript sources through tsx when asked to; a source edited since the build does the same', () => {
    const { output, modules } = checkLoading({ PIONEER_CLI_FROM_SOURCE: '1' }, 'source.modules');
    expect(output).toMatch(/no problems/);
    expect(modules).not.toContain(path.join(ROOT, 'dist/tools/cli/main.js'));
    expect(modules.some((file) => /\/node_modules\/tsx\//.test(file))).toBe(true);
  });
});
