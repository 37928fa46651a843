import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { compilePolicy, runCase, type MeasureFamily, type MeasureTestCase } from '@pioneer/engine';
import { readPolicyBundle, testCaseProblems } from '@pioneer/policy-loader';
import { fixtureWorkspace, importFrom, REPO, runInNode } from '../testing/run-in-node.util';
import { firstCaseTemplate, sampleApplication } from './first-case-template';
import { measureGenerator } from './measure.generator';
import { PLACEHOLDER_CLAUSE } from './measure-template';

type Json = Record<string, unknown>;

const SCHEMAS = path.join(REPO, 'schemas');
const POLICY_DIR = path.join(SCHEMAS, 'policies/shenzhen-ai-2024');
const POLICY_JSON = readFileSync(path.join(POLICY_DIR, 'policy.json'), 'utf8');
const FAMILIES: MeasureFamily[] = ['share-of-base', 'matching', 'fixed-tiers', 'discretionary', 'benefit', 'informational'];
const AS_OF = '2025-06-01';

function workspace(policies: Record<string, string> = { 'shenzhen-ai-2024': POLICY_JSON }): Tree {
  const tree = createTreeWithEmptyWorkspace();
  for (const [folder, json] of Object.entries(policies)) tree.write(`schemas/policies/${folder}/policy.json`, json);
  return tree;
}

function scaffold(family: MeasureFamily, code = `x-${family}`): Json {
  const tree = workspace();
  measureGenerator(tree, { code, family });
  return JSON.parse(tree.read(`schemas/policies/shenzhen-ai-2024/measures/${code}.json`, 'utf-8')!) as Json;
}

/** The real policy with the scaffolded measure added, compiled by the engine (what `pioneer check` does). */
function compileWith(code: string, measure: Json) {
  const { bundle } = readPolicyBundle(POLICY_DIR, SCHEMAS);
  bundle!.measures.push({ file: `policies/shenzhen-ai-2024/measures/${code}.json`, json: measure });
  return compilePolicy(bundle!);
}

describe('nx g @pioneer/codegen:measure', () => {
  it.each(FAMILIES)('writes a %s measure that the engine accepts as it is', (family) => {
    const code = `x-${family}`;
    const measure = scaffold(family, code);
    const { policy, problems } = compileWith(code, measure);
    expect(problems).toEqual([]);
    expect(policy!.measure(code).info).toMatchObject({ code, family, clause: PLACEHOLDER_CLAUSE, section: 'ecosystem' });
  });

  it.each(FAMILIES.filter((f) => f !== 'informational' && f !== 'benefit'))(
    'gives a %s form a complete application can fill in, paying nothing until the numbers are set',
    (family) => {
      const code = `x-${family}`;
      const { policy } = compileWith(code, scaffold(family, code));
      const decision = policy!.evaluate(code, sampleApplication(family, AS_OF), { asOf: AS_OF });
      expect(decision.errors).toEqual([]);
      expect(decision.status).toBe('eligible');
      expect(decision.award?.range?.max ?? decision.award?.amount).toBe(0);
    },
  );

  it('gives a benefit form a complete application can fill in, granting no period until the limits are set', () => {
    const { policy } = compileWith('x-benefit', scaffold('benefit'));
    const decision = policy!.evaluate('x-benefit', sampleApplication('benefit', AS_OF), { asOf: AS_OF });
    expect(decision.errors).toEqual([]);
    expect(decision.rules.filter((r) => r.passed === false).map((r) => r.code)).toEqual(['months-in-range']);
  });

  it.each(FAMILIES)('writes a first %s data test case that matches the test-case schema and passes as scaffolded', (family) => {
    const code = `x-${family}`;
    const tree = workspace();
    measureGenerator(tree, { code, family });
    const testCase = JSON.parse(tree.read(`schemas/policies/shenzhen-ai-2024/cases/${code}/first.json`, 'utf-8')!) as MeasureTestCase;
    expect(testCaseProblems(testCase, 'first.json', SCHEMAS)).toEqual([]);
    const { policy } = compileWith(code, JSON.parse(tree.read(`schemas/policies/shenzhen-ai-2024/measures/${code}.json`, 'utf-8')!));
    expect(runCase(policy!, code, testCase).differences).toEqual([]);
    expect(testCase).toEqual(firstCaseTemplate(family, '2024-12-18'));
  });

  it('marks every text to replace and explains what to do, in both languages', () => {
    const measure = scaffold('share-of-base');
    const text = JSON.stringify(measure);
    expect(measure.$comment).toMatch(/Replace every 【待填写】\/\[TODO\].*npx pioneer check.*npm run generate/);
    expect(text.match(/【待填写】/g)!.length).toBe(text.match(/\[TODO\]/g)!.length - 1); // description is English only
    expect(measure.title).toBe('XShareOfBaseApplication');
    expect((measure['x-measure'] as Json).name).toEqual({ 'zh-CN': '【待填写】措施名称', en: '[TODO] Measure name' });
  });

  it('uses the given clause and section, and the policy’s validity for the parameter version', () => {
    const tree = workspace();
    measureGenerator(tree, { code: 'x-demo', family: 'discretionary', clause: '12b', section: 'innovation' });
    const measure = JSON.parse(tree.read('schemas/policies/shenzhen-ai-2024/measures/x-demo.json', 'utf-8')!) as Json;
    expect(measure['x-measure']).toMatchObject({ clause: '12b', section: 'innovation' });
    expect((measure['x-versions'] as Json[])[0]).toMatchObject({ effectiveFrom: '2024-12-18', effectiveTo: '2026-12-17' });
  });

  it('takes a clause number as given (nx parses --clause 12 as a number)', () => {
    const tree = workspace();
    measureGenerator(tree, { code: 'x-demo', family: 'discretionary', clause: 12 });
    const measure = JSON.parse(tree.read('schemas/policies/shenzhen-ai-2024/measures/x-demo.json', 'utf-8')!) as Json;
    expect(measure['x-measure']).toMatchObject({ clause: '12' });
  });

  it('lays the file out like the hand-written ones (short objects on one line)', () => {
    const tree = workspace();
    measureGenerator(tree, { code: 'x-demo', family: 'share-of-base' });
    const lines = tree.read('schemas/policies/shenzhen-ai-2024/measures/x-demo.json', 'utf-8')!.split('\n');
    expect(lines).toContain('    "name": { "zh-CN": "【待填写】措施名称", "en": "[TODO] Measure name" },');
    // Only a single long text may pass the width: it cannot be broken.
    expect(lines.filter((l) => l.length > 140 && !/^\s*"[^"]+": "([^"\\]|\\.)*",?$/.test(l))).toEqual([]);
  });

  it.each([
    [{ code: 'Bad_Code', family: 'benefit' }, /must be kebab-case/],
    [{ code: 'x-demo', family: 'lottery' }, /unknown family 'lottery'/],
    [{ code: 'compute-voucher', family: 'benefit' }, /'compute-voucher' already exists/],
    [{ code: 'x-demo', family: 'benefit', section: 'nowhere' }, /no section 'nowhere' \(it has: ecosystem, /],
    [{ code: 'x-demo', family: 'benefit', policy: 'other' }, /no policy 'other'/],
  ])('refuses %j with a message saying what to do', (options, message) => {
    const tree = workspace();
    tree.write('schemas/policies/shenzhen-ai-2024/measures/compute-voucher.json', '{}');
    expect(() => measureGenerator(tree, options as never)).toThrow(message);
    expect(tree.listChanges().filter((c) => c.path.endsWith('x-demo.json'))).toEqual([]);
  });

  it('asks for --policy when there are several', () => {
    const tree = workspace({ a: POLICY_JSON, b: POLICY_JSON });
    expect(() => measureGenerator(tree, { code: 'x-demo', family: 'benefit' })).toThrow(/2 policies \(a, b\): choose one with --policy/);
    measureGenerator(tree, { code: 'x-demo', family: 'benefit', policy: 'b' });
    expect(tree.exists('schemas/policies/b/measures/x-demo.json')).toBe(true);
  });

  it('passes `pioneer check` with one measure of every family added to a copy of the policy', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pioneer-scaffold-'));
    try {
      cpSync(POLICY_DIR, dir, { recursive: true });
      for (const family of FAMILIES) writeFileSync(path.join(dir, 'measures', `x-${family}.json`), JSON.stringify(scaffold(family)));
      const run = spawnSync(process.execPath, [path.join(REPO, 'tools/cli/bin/pioneer.js'), 'check', '--policy', dir], {
        cwd: REPO,
        encoding: 'utf8',
      });
      expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
      expect(run.stdout).toMatch(/✓ .*: no problems/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('generates code for one measure of every family (types, validators, API, backoffice, SDK) with no hand edit', () => {
    const root = fixtureWorkspace();
    try {
      const policyDir = path.join(root, 'schemas/policies/fixture-policy');
      const tree = workspace({ 'fixture-policy': readFileSync(path.join(policyDir, 'policy.json'), 'utf8') });
      for (const family of FAMILIES) {
        measureGenerator(tree, { code: `x-${family}`, family });
        writeFileSync(
          path.join(policyDir, 'measures', `x-${family}.json`),
          tree.read(`schemas/policies/fixture-policy/measures/x-${family}.json`, 'utf-8')!,
        );
      }
      const report = runInNode<{ files: string[] }>(`
${importFrom('generate', 'generate')}
generate({ repoRoot: ${JSON.stringify(root)}, schemasRoot: ${JSON.stringify(path.join(root, 'schemas'))}, write: true }).then((r) => console.log(JSON.stringify({ files: r.files.map((f) => f.path) })));
`);
      for (const family of FAMILIES.filter((f) => f !== 'informational')) {
        expect(report.files).toEqual(expect.arrayContaining([`libs/contracts/src/generated/types/x-${family}.gen.ts`]));
        expect(readFileSync(path.join(root, 'libs/sdk/src/generated/measures.gen.ts'), 'utf8')).toContain(
          `measureClient<X${family.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase())}Application>(http, 'x-${family}')`,
        );
      }
      expect(readFileSync(path.join(root, 'libs/contracts/src/generated/validators.gen.ts'), 'utf8')).toContain(
        '"x-informational": validate',
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 120_000);
});
