/* eslint-disable @typescript-eslint/no-explicit-any -- response bodies are arbitrary JSON */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { previewGenerator } from '@pioneer/api-studio';
import { checkPolicyFolder, compactJson, formatProblem } from '@pioneer/policy-loader';
import { type Harness, startApi, type TestDatabase, testConfig, TODAY, TOKENS } from './api-harness';
import { clone, getPath, type MeasureFixture, otherApplicantId, pickMeasure, setPath } from './measure-fixture';
import { approve, enterStudio, submitAll } from './studio-env';
import { REPO_ROOT } from './studio-repo-copy';

// The studio is about one measure the issue names: its rate changes from 50% to 55% on a future date.
const CODE = 'compute-voucher';
const MEASURE_FILE = `schemas/policies/shenzhen-ai-2024/measures/${CODE}.json`;
const FUTURE = '2026-01-01';

/** The measure with a second parameter version from FUTURE whose `rate` is 55%. */
function withFutureRate(measure: any): any {
  const edited = clone(measure);
  const [first] = edited['x-versions'];
  first.effectiveTo = '2025-12-31';
  edited['x-versions'].push({
    ...clone(first),
    version: '2026.1',
    effectiveFrom: FUTURE,
    effectiveTo: '2026-12-17',
    values: { ...first.values, rate: '55%' },
  });
  return edited;
}

/** The generator's drift in `root` (what `generate:check` reports), by the same preview publish runs. */
async function drift(root: string): Promise<{ written: string[]; removed: string[] }> {
  const report = await previewGenerator(REPO_ROOT, root, root);
  return { written: report.written.map((f) => f.path), removed: report.removed };
}

export function describeStudioContract(label: string, createDatabase: () => Promise<TestDatabase>): void {
  describe(`the measure studio API on ${label}`, () => {
    let db: TestDatabase;
    let api: Harness;
    let studio: ReturnType<typeof enterStudio> | undefined;
    let root: string;
    let m: MeasureFixture;
    let saved: any;
    const post = (route: string, body: unknown, token = TOKENS.admin) =>
      api.call('POST', `/api/studio/measures/${CODE}/${route}`, { token, body });
    const fileOf = (relative: string) => readFileSync(path.join(root, relative), 'utf8');

    beforeAll(async () => {
      m = pickMeasure(TODAY, (f) => f.code === CODE);
      studio = enterStudio();
      root = studio.root;
      db = await createDatabase();
      const applicantA = getPath(m.example, m.applicantPath) as string;
      api = await startApi(
        testConfig(
          db.config,
          applicantA,
          otherApplicantId('B0STUDIO'),
          {},
          getPath(m.example, m.policy.info.subjects.district ?? '') as string,
        ),
      );
      saved = JSON.parse(fileOf(MEASURE_FILE));
      // Two submitted applications, one approved against the 2025 budget.
      const forms = ['STUDIO-1', 'STUDIO-2'].map((project) => {
        const form = setPath(clone(m.example), m.applicantPath, applicantA);
        return m.policy.info.subjects.projectRef ? setPath(form, m.policy.info.subjects.projectRef, project) : form;
      });
      const ids = await submitAll(api, CODE, forms);
      await approve(api, ids[0]);
    });

    afterAll(async () => {
      await api?.close();
      await db?.drop();
      studio?.leave();
    });

    it('lists every policy and measure file with its versions, effective dates and number of cases', async () => {
      const res = await api.call('GET', '/api/studio/policies');
      expect(res.status).toBe(200);
      const policy = res.body.find((p: any) => p.code === 'shenzhen-ai-2024');
      const measure = policy.measures.find((x: any) => x.code === CODE);
      expect(measure).toMatchObject({
        file: MEASURE_FILE,
        family: 'share-of-base',
        versions: [{ version: '2024.1', effectiveFrom: '2024-12-18', effectiveTo: '2026-12-17' }],
      });
      expect(measure.cases).toBeGreaterThanOrEqual(1);
      expect(policy.validity.from).toBe('2024-12-18');
      expect(res.body.map((p: any) => p.code)).toEqual(expect.arrayContaining(['shenzhen-ai-2024', 'example-district-2025']));
    });

    it('is for admins only', async () => {
      for (const token of [TOKENS.reviewer, TOKENS.applicantA, TOKENS.approver])
        expect((await api.call('GET', '/api/studio/policies', { token })).status).toBe(403);
      expect((await api.call('GET', '/api/studio/policies', { token: null })).status).toBe(401);
    });

    it('gives the saved measure with its cases, example and the meta-schema for completion', async () => {
      const res = await api.call('GET', `/api/studio/measures/${CODE}`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ policy: 'shenzhen-ai-2024', file: MEASURE_FILE, measure: saved });
      expect(res.body.metaSchema.$id).toMatch(/measure/);
      expect(res.body.cases.length).toBeGreaterThanOrEqual(1);
      expect((await api.call('GET', '/api/studio/measures/no-such-measure')).status).toBe(404);
    });

    it('try-it: 55% from a future date moves the estimate only for dates after it', async () => {
      const measure = withFutureRate(saved);
      const at = async (asOf: string) => (await post('evaluate', { measure, application: m.example, asOf })).body.decision.award.amount;
      expect(await at('2025-06-01')).toBe(m.expected.award!.amount);
      const contract = getPath(m.example, 'contract.amount') as number;
      expect(await at('2026-03-01')).toBe(Math.floor((contract * 55) / 100 / 100) * 100);
      const res = await post('evaluate', { measure, application: m.example, asOf: '2026-03-01' });
      expect(res.body.trace.some((line: any) => line.en.includes('55%') && line['zh-CN'].includes('55%'))).toBe(true);
    });

    it('checks a broken edit and reports it at its JSON pointer, in the words of pioneer check', async () => {
      const broken = clone(saved);
      broken['x-award'].cap = { param: 'maximum' };
      const res = await post('check', { measure: broken });
      expect(res.status).toBe(200);
      // What `pioneer check` says about the same file on disk.
      writeFileSync(path.join(root, MEASURE_FILE), JSON.stringify(broken));
      const expected = checkPolicyFolder(path.join(root, 'schemas/policies/shenzhen-ai-2024'), path.join(root, 'schemas')).map(
        formatProblem,
      );
      writeFileSync(path.join(root, MEASURE_FILE), compactJson(saved));
      expect(res.body.problems.map((p: any) => p.text)).toEqual(expected);
      expect(res.body.problems[0]).toMatchObject({
        pointer: '/x-award/cap/param',
        message: expect.stringMatching(/^reference to undefined parameter 'maximum'/),
      });
      // The message key and its parameters: the studio words it in either language.
      expect(res.body.problems[0]).toMatchObject({ key: 'expr.undefined-parameter', params: { name: 'maximum' } });
      const refused = await post('publish', { measure: broken });
      expect(refused.status).toBe(422);
      expect(refused.body.issues.map((i: any) => i.message.en)).toEqual(expected);
      expect(refused.body.issues[0].message['zh-CN']).toMatch(/#\/x-award\/cap\/param: 引用了未定义的参数“maximum”/);
      expect(fileOf(MEASURE_FILE)).toBe(compactJson(saved));
    });

    it('gives with each check the form the edit generates (every $ref inlined), for the live preview', async () => {
      const relabelled = clone(saved);
      relabelled.properties.contract['x-label'] = { 'zh-CN': '算力合同（改）', en: 'Compute contract (edited)' };
      const res = await post('check', { measure: relabelled });
      expect(res.status).toBe(200);
      const form = res.body.form;
      expect(JSON.stringify(form)).not.toContain('$ref');
      expect(form['x-eligibility']).toBeUndefined();
      expect(form.properties.contract['x-label'].en).toBe('Compute contract (edited)');
      // The organisation's fields come from schemas/common, inlined.
      expect(form.properties.applicant.properties.creditCode).toBeDefined();
    });

    it('runs the saved and the new cases on the edit, red where the decision differs', async () => {
      const testCase = {
        name: { 'zh-CN': '55%', en: '55%' },
        asOf: '2026-03-01',
        application: m.example,
        expected: { status: 'eligible', amount: 1 },
      };
      const res = await post('cases', { measure: withFutureRate(saved), newCases: [{ name: 'future-rate', testCase }] });
      expect(res.status).toBe(200);
      const mine = res.body.results.find((r: any) => r.file === 'future-rate.json');
      expect(mine.passed).toBe(false);
      expect(mine.differences).toEqual([
        {
          key: 'amount',
          expected: 1,
          actual: (await post('evaluate', { measure: withFutureRate(saved), application: m.example, asOf: '2026-03-01' })).body.decision
            .award.amount,
        },
      ]);
      expect(res.body.results.filter((r: any) => r.file !== 'future-rate.json').every((r: any) => r.passed)).toBe(true);
    });

    it('what-if: award before and after per application and in total, and the committed budget per year', async () => {
      const res = await post('what-if', { measure: withFutureRate(saved), asOf: '2026-03-01' });
      expect(res.status).toBe(200);
      const award = m.expected.award!.amount!;
      const raised = (await post('evaluate', { measure: withFutureRate(saved), application: m.example, asOf: '2026-03-01' })).body.decision
        .award.amount;
      expect(res.body.rows).toHaveLength(2);
      for (const row of res.body.rows)
        expect(row).toMatchObject({
          before: { status: 'eligible', amount: award },
          after: { status: 'eligible', amount: raised },
          change: raised - award,
          flips: false,
        });
      expect(res.body.totals).toEqual({
        applications: 2,
        before: 2 * award,
        after: 2 * raised,
        change: 2 * (raised - award),
        flips: 0,
        changed: 2,
      });
      expect(res.body.budgetYears).toEqual([{ year: 2025, committedBefore: award, committedAfter: raised, change: raised - award }]);
      // On their own submission dates the new rate is not yet in force: nothing changes.
      const own = await post('what-if', { measure: withFutureRate(saved) });
      expect(own.body.totals.change).toBe(0);
    });

    it('what-if shows eligibility flips when a rule changes', async () => {
      const stricter = clone(saved);
      stricter['x-eligibility'][0].when = { '==': [1, 2] };
      const res = await post('what-if', { measure: stricter });
      expect(res.status).toBe(200);
      expect(res.body.totals.flips).toBe(2);
      expect(res.body.budgetYears[0].committedAfter).toBe(0);
    });

    it('refuses bad input with the field at fault and changes nothing', async () => {
      const none = await post('check', {});
      expect([none.status, none.body.issues[0].pointer]).toEqual([400, '/measure']);
      const badDate = await post('evaluate', { measure: saved, application: m.example, asOf: '1 March' });
      expect([badDate.status, badDate.body.issues[0].pointer]).toEqual([400, '/asOf']);
      const badCase = await post('cases', {
        measure: saved,
        newCases: [
          { name: 'x', testCase: { name: { 'zh-CN': 'x', en: 'x' }, asOf: TODAY, application: {}, expected: { status: 'approved' } } },
        ],
      });
      expect([badCase.status, badCase.body.issues[0].pointer]).toEqual([400, '/newCases/0/testCase/expected/status']);
      expect(badCase.body.message['zh-CN']).toBeTruthy();
    });

    it('publish refuses when a case fails, and writes nothing', async () => {
      const before = fileOf(MEASURE_FILE);
      const testCase = { name: { 'zh-CN': '错', en: 'wrong' }, asOf: TODAY, application: m.example, expected: { status: 'ineligible' } };
      const res = await post('publish', { measure: withFutureRate(saved), newCases: [{ name: 'wrong', testCase }] });
      expect([res.status, res.body.error]).toEqual([422, 'cases-failed']);
      expect(fileOf(MEASURE_FILE)).toBe(before);
    });

    it('publishes: writes the measure file like the rest, its new case and the generated files, with their diff; generate:check then passes', async () => {
      const measure = withFutureRate(saved);
      const testCase = {
        name: { 'zh-CN': '2026年起55%', en: '55% from 2026' },
        asOf: '2026-03-01',
        application: m.example,
        expected: {
          status: 'eligible',
          amount: (await post('evaluate', { measure, application: m.example, asOf: '2026-03-01' })).body.decision.award.amount,
        },
      };
      const res = await post('publish', { measure, newCases: [{ name: 'future-rate', testCase }] });
      expect([res.status, res.body.error]).toEqual([200, undefined]);
      const paths = res.body.files.map((f: any) => f.path);
      expect(paths).toEqual(expect.arrayContaining([MEASURE_FILE, `schemas/policies/shenzhen-ai-2024/cases/${CODE}/future-rate.json`]));
      expect(paths.some((p: string) => p.startsWith('libs/contracts/src/generated/'))).toBe(true);
      expect(res.body.files.find((f: any) => f.path === MEASURE_FILE).diff).toMatch(/^\+.*"rate": "55%"/m);
      expect(fileOf(MEASURE_FILE)).toBe(compactJson(measure));
      expect(await drift(root)).toEqual({ written: [], removed: [] });
      expect(readFileSync(path.join(REPO_ROOT, MEASURE_FILE), 'utf8')).toBe(compactJson(saved));
    }, 240_000);
  });
}

/** The studio refused where it is not enabled, with a message that says why and what to do. */
export function describeStudioRefusals(label: string, createDatabase: () => Promise<TestDatabase>): void {
  describe(`the measure studio refused on ${label}`, () => {
    const saved = { PIONEER_STUDIO: process.env.PIONEER_STUDIO, NODE_ENV: process.env.NODE_ENV };
    afterAll(() => {
      for (const [key, value] of Object.entries(saved))
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
    });

    it.each([
      ['in production, even with PIONEER_STUDIO=1', { NODE_ENV: 'production', PIONEER_STUDIO: '1' }, /生产环境/, /off in production/],
      ['when not enabled', { NODE_ENV: 'test', PIONEER_STUDIO: '' }, /未启用/, /PIONEER_STUDIO=1/],
    ])('with 403 %s', async (_when, vars, zh, en) => {
      Object.assign(process.env, vars);
      const db = await createDatabase();
      const api = await startApi(testConfig(db.config, otherApplicantId('A0STUDIO'), otherApplicantId('B0STUDIO')));
      try {
        for (const [method, url] of [
          ['GET', '/api/studio/policies'],
          ['POST', `/api/studio/measures/${CODE}/publish`],
          ['POST', '/api/studio/policies/shenzhen-ai-2024/measures'],
        ]) {
          const res = await api.call(method, url, { body: method === 'POST' ? { measure: {} } : undefined });
          expect([res.status, res.body.error]).toEqual([403, 'studio-disabled']);
          expect(res.body.message['zh-CN']).toMatch(zh);
          expect(res.body.message.en).toMatch(en);
        }
      } finally {
        await api.close();
        await db.drop();
      }
    });
  });
}
