import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
// eslint-disable-next-line @nx/enforce-module-boundaries -- a test only: the server's side of the comparison is the API's own PolicyRegistry, the policies its evaluator decides with
import { PolicyRegistry } from '@pioneer/api-applications';
import type { Decision, EvaluationContext } from '@pioneer/engine';
import { DEFAULT_SCHEMAS_ROOT, listPolicyFolders, readMeasureCases } from '@pioneer/policy-loader';
import type { OfflineMeasure } from '../src/offline';
import { REPO_ROOT, startApi, type ApiProcess } from './support/api-process';

// Parity over every published case: each data test case (schemas/policies/<policy>/cases/<measure>/*.json)
// and each evaluation the golden tests (schemas/policies/<policy>/golden/*.spec.ts) make is decided
// by the SDK's packaged offline engine — the package's JavaScript as `build-package.mjs` builds it,
// loaded by its `offline/<code>` entry — and by the server, and the decisions must be equal: status,
// award to the fen, rules and trace.
// The server's side, for every case: the API's PolicyRegistry with the case's funding history and
// scores, as its evaluator passes them. And over HTTP, POST /estimate of a started API on a fresh
// SQLite database, for every case the endpoint can state: a measure with a form, no scores (the
// endpoint takes none) and no history (the API reads history from its records, empty here).

interface GoldenEvaluation {
  policy: string;
  measure: string;
  application: Record<string, unknown>;
  context: EvaluationContext;
}
interface ParityCase {
  source: string;
  measure: string;
  application: Record<string, unknown>;
  context: EvaluationContext;
}

// The golden tests run here first (they still assert what they assert), and every evaluation they
// make is recorded through their shared helper, so a golden case added there is compared here.
const golden = jest.requireActual(path.join(REPO_ROOT, 'schemas/testing/golden')) as {
  onGoldenEvaluation(listener: (e: GoldenEvaluation) => void): () => void;
};
const goldenCases: ParityCase[] = [];
// A golden test may leave the history or the scores out; the API always passes both.
const stopRecording = golden.onGoldenEvaluation(({ policy, measure, application, context }) =>
  goldenCases.push({
    source: `golden ${policy}`,
    measure,
    application,
    context: { ...context, history: context.history ?? [], scores: context.scores ?? [] },
  }),
);
const goldenSpecs = listPolicyFolders().flatMap((folder) => {
  const dir = path.join(folder, 'golden');
  // Property tests draw random inputs: not cases anyone worked out, and not repeatable.
  return readdirSync(dir)
    .filter((file) => file.endsWith('.spec.ts') && !file.endsWith('.property.spec.ts'))
    .map((file) => path.join(dir, file));
});
describe('the golden tests, recording their cases', () => {
  for (const spec of goldenSpecs) jest.requireActual(spec);
});

const dataCases: ParityCase[] = listPolicyFolders().flatMap((folder) =>
  readMeasureCases(folder, DEFAULT_SCHEMAS_ROOT).cases.map(({ measure, file, testCase }) => ({
    source: path.relative(REPO_ROOT, file),
    measure,
    application: testCase.application,
    context: { asOf: testCase.asOf, history: testCase.history ?? [], scores: testCase.scores ?? [] },
  })),
);

const ADMIN = 'sdk-case-parity-admin-token';
const registry = PolicyRegistry.shared();
const measures = [...new Set(registry.all().flatMap((policy) => [...policy.measures.keys()]))].sort();

/** The same inputs once: golden tests evaluate one application in several assertions. */
function unique(cases: ParityCase[]): ParityCase[] {
  const seen = new Set<string>();
  return cases.filter((c) => {
    const key = JSON.stringify([c.measure, c.application, c.context]);
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

describe('the packaged offline engines decide every data and golden case as the server does', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'pioneer-sdk-parity-'));
  const requireBuilt = createRequire(path.join(out, 'package.json'));
  let api: ApiProcess;
  const compared = { inProcess: 0, overHttp: 0, withHistory: 0, withScores: 0 };

  beforeAll(async () => {
    stopRecording();
    const starting = startApi({ PIONEER_TOKENS: JSON.stringify({ [ADMIN]: 'admin' }), PIONEER_RATE_LIMIT: '1000000' });
    execFileSync(process.execPath, [path.join(REPO_ROOT, 'libs/sdk/scripts/build-package.mjs'), '--out', out, '--no-types'], {
      cwd: REPO_ROOT,
      stdio: 'pipe',
    });
    api = await starting;
  }, 180_000);

  afterAll(async () => {
    await api?.stop();
    rmSync(out, { recursive: true, force: true });
  });

  /** The API's answer over HTTP: its decision, or the status and pointers of its refusal. */
  async function estimateOverHttp(c: ParityCase): Promise<unknown> {
    const response = await fetch(`${api.base}/api/measures/${c.measure}/estimate?asOf=${c.context.asOf}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
      body: JSON.stringify(c.application),
    });
    const body = (await response.json()) as Decision & { issues?: Array<{ pointer: string }> };
    return response.status === 200 ? body : { status: response.status, pointers: (body.issues ?? []).map((i) => i.pointer).sort() };
  }

  /** What the HTTP endpoint answers for a decision: the decision, or a 400 naming the invalid pointers. */
  const asAnswered = (decision: Decision): unknown =>
    decision.status === 'invalid'
      ? { status: 400, pointers: decision.errors.map((e) => e.pointer).sort() }
      : JSON.parse(JSON.stringify(decision));

  it.each(measures)('%s', async (code) => {
    const offline = (requireBuilt(`./offline/${code}.cjs`) as { default: OfflineMeasure }).default;
    const cases = unique([...dataCases, ...goldenCases].filter((c) => c.measure === code));
    const hasEstimateRoute = registry.measure(code).info.family !== 'informational';
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) {
      const local = offline.estimate(c.application, c.context);
      const server = registry.policyOf(code).evaluate(code, c.application, c.context);
      expect({ case: c.source, asOf: c.context.asOf, decision: local }).toEqual({ case: c.source, asOf: c.context.asOf, decision: server });
      compared.inProcess++;
      if (c.context.history!.length) compared.withHistory++;
      if (c.context.scores!.length) compared.withScores++;
      if (!hasEstimateRoute || c.context.history!.length || c.context.scores!.length) continue;
      const answered = await estimateOverHttp(c);
      expect({ case: c.source, asOf: c.context.asOf, answer: answered }).toEqual({
        case: c.source,
        asOf: c.context.asOf,
        answer: asAnswered(local),
      });
      compared.overHttp++;
    }
  });

  it('compared every data case, and golden cases with funding history and with scores', () => {
    expect(dataCases.length).toBeGreaterThan(0);
    expect(goldenCases.length).toBeGreaterThan(dataCases.length);
    expect(compared.inProcess).toBe(unique([...dataCases, ...goldenCases]).length);
    expect(compared.withHistory).toBeGreaterThan(0);
    expect(compared.withScores).toBeGreaterThan(0);
    expect(compared.overHttp).toBeGreaterThan(dataCases.length);
  });
});
