import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { loadPolicies, VALIDATORS } from '@pioneer/contracts';
import type { CompiledPolicy } from '@pioneer/engine';
import { REPO as REPO_ROOT, runInNode } from '../../testing/run-in-node.util';

/**
 * The committed validators (libs/contracts/src/generated/validators.gen.ts) against the engine
 * compiling the same schemas with ajv at run time: same verdict, same issues, on the shipped
 * examples and on broken copies of them.
 */
type Json = Record<string, unknown>;

const POLICIES = path.join(REPO_ROOT, 'schemas/policies');
const examples: Array<{ code: string; application: Json }> = readdirSync(POLICIES).flatMap((policy) => {
  const dir = path.join(POLICIES, policy, 'examples/applications');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ code: f.replace(/\.json$/, ''), application: JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Json }));
});

const precompiled = loadPolicies();
const runtime = loadPolicies({ validators: {} });
const policyOf = (policies: CompiledPolicy[], code: string) => policies.find((p) => p.measures.has(code))!;
const issues = (policies: CompiledPolicy[], code: string, application: unknown) => policyOf(policies, code).validate(code, application);

/** Every path to a value in a JSON document (object keys and array indexes). */
function leaves(value: unknown, at: Array<string | number> = []): Array<Array<string | number>> {
  if (Array.isArray(value)) return [at, ...value.flatMap((v, i) => leaves(v, [...at, i]))];
  if (value && typeof value === 'object') return [at, ...Object.entries(value).flatMap(([k, v]) => leaves(v, [...at, k]))];
  return [at];
}

/** Values just outside (and on) the limits a field's schema sets: where an off-by-one would show. */
function boundaries(schema: Json): unknown[] {
  const out: unknown[] = [];
  const n = (key: string) => (typeof schema[key] === 'number' ? (schema[key] as number) : undefined);
  for (const key of ['minLength', 'maxLength'])
    if (n(key) !== undefined) out.push('字'.repeat(Math.max(0, n(key)! - 1)), '字'.repeat(n(key)!), '字'.repeat(n(key)! + 1));
  for (const key of ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'])
    if (n(key) !== undefined) out.push(n(key)! - 1, n(key), n(key)! + 1, n(key)! + 0.5);
  for (const key of ['minItems', 'maxItems'])
    if (n(key) !== undefined)
      out.push(
        Array.from({ length: n(key)! + 1 }, () => ({})),
        [],
      );
  if (Array.isArray(schema.enum)) out.push(...schema.enum, `${String(schema.enum[0])}x`);
  if (typeof schema.pattern === 'string') out.push('0000000', '+86 755 1234 5678', 'zz');
  if (typeof schema.format === 'string')
    out.push('2024-02-30', '2024-02-29', '91440300MA5F00003G', '91440300MA5F00003H', 'a@b.cn', 'http://x');
  return out;
}

function withValue(doc: unknown, at: Array<string | number>, value: unknown): unknown {
  if (at.length === 0) return value;
  const copy = (Array.isArray(doc) ? [...doc] : { ...(doc as Json) }) as Json;
  const [head, ...rest] = at;
  copy[head as string] = value === undefined && rest.length === 0 ? undefined : withValue(copy[head as string], rest, value);
  if (value === undefined && rest.length === 0) delete copy[head as string];
  return copy;
}

describe('precompiled validators', () => {
  it('cover every measure of every policy', () => {
    expect(Object.keys(VALIDATORS).sort()).toEqual(precompiled.flatMap((p) => [...p.measures.keys()]).sort());
  });

  it('are used by loadPolicies(): no form is compiled at run time', () => {
    const compile = jest.spyOn(Ajv2020.prototype, 'compile');
    try {
      loadPolicies();
      expect(compile).not.toHaveBeenCalled();
      loadPolicies({ validators: {} });
      expect(compile).toHaveBeenCalledTimes(Object.keys(VALIDATORS).length);
    } finally {
      compile.mockRestore();
    }
  });

  it.each(examples.map((e) => [e.code, e.application] as const))(
    'accept the shipped example of %s, as the engine does',
    (code, application) => {
      expect(issues(precompiled, code, application)).toEqual([]);
      expect(issues(runtime, code, application)).toEqual([]);
    },
  );

  it('report the same issues as the engine when any value of an example is removed, retyped or wrong', () => {
    const wrong: unknown[] = [undefined, null, -1, 1.5, 'x', '', 'not-a-date', true, [], {}, { unexpected: 1 }, 'a'.repeat(300), 1e20];
    let compared = 0;
    for (const { code, application } of examples) {
      for (const at of leaves(application)) {
        for (const value of wrong) {
          const broken = withValue(application, at, value);
          expect({ at, value, issues: issues(precompiled, code, broken) }).toEqual({ at, value, issues: issues(runtime, code, broken) });
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('report the same issues as the engine on values at and just past every limit of every field', () => {
    let compared = 0;
    for (const { code, application } of examples) {
      const fields = new Map([...policyOf(runtime, code).measure(code).fields.values()].map((f) => [f.pointer, f.schema as Json]));
      for (const at of leaves(application)) {
        const schema = fields.get(`/${at.map((p) => (typeof p === 'number' ? '*' : p)).join('/')}`);
        for (const value of schema ? boundaries(schema) : []) {
          const broken = withValue(application, at, value);
          expect({ at, value, issues: issues(precompiled, code, broken) }).toEqual({ at, value, issues: issues(runtime, code, broken) });
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(500);
  });

  it('agree with the engine on arbitrary JSON put anywhere in an example (property test)', () => {
    const example = fc.constantFrom(...examples);
    fc.assert(
      fc.property(example, fc.nat(), fc.jsonValue({ maxDepth: 3 }), ({ code, application }, pick, value) => {
        const spots = leaves(application);
        const broken = withValue(application, spots[pick % spots.length], value);
        expect(issues(precompiled, code, broken)).toEqual(issues(runtime, code, broken));
      }),
      { numRuns: 500, seed: 20241218 },
    );
  });

  it('contain no eval and no new Function', () => {
    const source = readFileSync(path.join(REPO_ROOT, 'libs/contracts/src/generated/validators.gen.ts'), 'utf8');
    expect(source).not.toMatch(/\beval\s*\(|new\s+Function\b|\bFunction\s*\(/);
  });

  it('run where code generation from strings is disallowed (as under a strict Content-Security-Policy)', () => {
    const script = [
      "import { VALIDATORS } from '@pioneer/contracts';",
      `const examples = ${JSON.stringify(examples)};`,
      // Proof that the flag is on: eval must throw here.
      "let blocked = false; try { (0, eval)('1'); } catch { blocked = true; }",
      'const verdicts = examples.map((e) => VALIDATORS[e.code](e.application));',
      'const broken = VALIDATORS[examples[0].code]({ unexpected: true });',
      'console.log(JSON.stringify({ blocked, verdicts, broken }));',
    ].join('\n');
    const result = runInNode(script, ['--disallow-code-generation-from-strings']);
    expect(result).toEqual({ blocked: true, verdicts: examples.map(() => true), broken: false });
  });

  it('let the engine compile and evaluate every policy where code generation is disallowed', () => {
    const script = [
      "import { loadPolicies } from '@pioneer/contracts';",
      `const examples = ${JSON.stringify(examples)};`,
      "let blocked = false; try { (0, eval)('1'); } catch { blocked = true; }",
      'const policies = loadPolicies();',
      'const policyOf = (code) => policies.find((p) => p.measures.has(code));',
      "const statuses = examples.map((e) => policyOf(e.code).evaluate(e.code, e.application, { asOf: '2025-06-01' }).status);",
      "const invalid = policyOf(examples[0].code).evaluate(examples[0].code, { unexpected: true }, { asOf: '2025-06-01' }).status;",
      'console.log(JSON.stringify({ blocked, statuses, invalid }));',
    ].join('\n');
    const result = runInNode(script, ['--disallow-code-generation-from-strings']);
    const expected = examples.map((e) => policyOf(precompiled, e.code).evaluate(e.code, e.application, { asOf: '2025-06-01' }).status);
    expect(expected).not.toContain('invalid');
    expect(result).toEqual({ blocked: true, statuses: expected, invalid: 'invalid' });
  });
});
