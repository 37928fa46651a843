import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT as root, startApi, type ApiProcess } from './support/api-process';

// The SDK as a district installs it: `nx run sdk:build`, `npm pack`, the tarball installed into
// a fresh folder outside the workspace (no path alias, no node_modules of ours), a TypeScript
// program compiled there against the package's own declarations, then run (ESM and CommonJS)
// against a started API on SQLite.
const dist = path.join(root, 'dist/libs/sdk');
const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
const ADMIN = 'sdk-package-admin-token';

describe('the packed @pioneer/sdk, installed outside the workspace', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'pioneer-sdk-package-'));
  let api: ApiProcess;
  let tarball: string;

  beforeAll(async () => {
    const starting = startApi({ PIONEER_TOKENS: JSON.stringify({ [ADMIN]: 'admin' }), PIONEER_NOW: '2025-06-01T02:00:00Z' });
    // Asynchronously, so the API's start-up output is read meanwhile.
    await promisify(execFile)(process.execPath, [path.join(root, 'libs/sdk/scripts/build-package.mjs')], { cwd: root });
    const packed = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: dist, encoding: 'utf8' }).trim().split('\n').pop()!;
    tarball = path.join(work, packed);
    api = await starting;
  }, 600_000);

  afterAll(async () => {
    await api?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it('has an exports map, both module formats, declarations and no dependency to install', () => {
    const manifest = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }));
    expect(manifest).toMatchObject({ name: '@pioneer/sdk', sideEffects: false, main: './index.cjs', types: './index.d.ts' });
    expect(manifest.dependencies).toBeUndefined();
    expect(manifest.exports['./offline/compute-voucher']).toEqual({
      import: { types: './offline/compute-voucher.d.mts', default: './offline/compute-voucher.mjs' },
      require: { types: './offline/compute-voucher.d.ts', default: './offline/compute-voucher.cjs' },
    });
    const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n');
    expect(files).toEqual(expect.arrayContaining(['package/README.md', 'package/index.mjs', 'package/index.cjs', 'package/index.d.ts', 'package/offline/compute-voucher.mjs']));
    // Sources stay home: only JavaScript, declarations, maps and the README are published.
    expect(files.filter((f) => f.endsWith('.ts') && !/\.d\.m?ts$/.test(f))).toEqual([]);
  });

  it.each([
    ['ESM', 'module', 'nodenext', 'mjs'],
    ['CommonJS', 'commonjs', 'nodenext', 'cjs'],
  ])('compiles and runs a TypeScript program as %s against the started API', async (_label, type, moduleKind, ext) => {
    const project = path.join(work, `app-${ext}`);
    mkdirSync(project);
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: `district-app-${ext}`, private: true, type }));
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--offline', tarball], { cwd: project, stdio: 'pipe' });
    expect(readdirSync(path.join(project, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual(['@pioneer']);
    copyFileSync(path.join(root, 'libs/sdk/test/fixtures/district-program.ts.txt'), path.join(project, 'program.ts'));
    writeFileSync(
      path.join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { target: 'es2022', module: moduleKind, moduleResolution: moduleKind, strict: true, lib: ['es2022', 'dom', 'dom.asynciterable'], types: [], outDir: 'out', skipLibCheck: false }, files: ['program.ts', 'node.d.ts'] }),
    );
    // The program reads argv and a file: the few Node declarations it needs, without @types/node.
    writeFileSync(path.join(project, 'node.d.ts'), "declare const process: { argv: string[]; exit(code: number): never };\ndeclare module 'node:fs' { export function readFileSync(file: string, encoding: 'utf8'): string; }\n");
    execFileSync(process.execPath, [tsc, '-p', project], { cwd: project, stdio: 'pipe' });
    const example = path.join(root, 'schemas/policies/shenzhen-ai-2024/examples/applications/compute-voucher.json');
    const output = execFileSync(process.execPath, [path.join(project, 'out/program.js'), api.base, ADMIN, example], { cwd: project, encoding: 'utf8' });
    const result = JSON.parse(output);
    expect(result.offline).toEqual({ status: 'eligible', amount: result.online.amount, yuan: expect.stringContaining('4,000,000'), firstLine: expect.any(String) });
    expect(result.online).toEqual({ status: 'eligible', amount: 400_000_000 });
    expect(result.submitted).toBe('submitted');
    expect(result.listed).toBeGreaterThanOrEqual(1);
    expect(result.refused).toMatchObject({ code: 'validation-failed', pointers: ['/contract/amount'] });
    expect(result.refused.text).toMatch(/[A-Za-z]/);
  }, 180_000);
});
