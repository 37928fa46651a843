/* eslint-disable @typescript-eslint/no-explicit-any -- response bodies are arbitrary JSON */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { previewGenerator } from '@pioneer/api-studio';
import { compactJson } from '@pioneer/policy-loader';
import { type Harness, startApi, type TestDatabase, testConfig, TOKENS } from './api-harness';
import { otherApplicantId } from './measure-fixture';
import { enterStudio } from './studio-env';
import { REPO_ROOT } from './studio-repo-copy';

const POLICY = 'shenzhen-ai-2024';
const POLICY_FILE = `schemas/policies/${POLICY}/policy.json`;
const CODE = 'studio-new-voucher';

/**
 * "New measure": the scaffold's template of a family, with the section, units, budget and
 * exclusivity group chosen from the policy file, staged; then published by the publish path.
 */
export function describeStudioNewMeasure(label: string, createDatabase: () => Promise<TestDatabase>): void {
  describe(`the studio's new measure on ${label}`, () => {
    let db: TestDatabase;
    let api: Harness;
    let studio: ReturnType<typeof enterStudio> | undefined;
    let root: string;
    let policy: any;
    const fileOf = (relative: string) => readFileSync(path.join(root, relative), 'utf8');
    const stage = (body: unknown, token = TOKENS.admin) => api.call('POST', `/api/studio/policies/${POLICY}/measures`, { token, body });

    beforeAll(async () => {
      studio = enterStudio();
      root = studio.root;
      db = await createDatabase();
      api = await startApi(testConfig(db.config, otherApplicantId('A0NEW'), otherApplicantId('B0NEW')));
      policy = JSON.parse(fileOf(POLICY_FILE));
    });

    afterAll(async () => {
      await api?.close();
      await db?.drop();
      studio?.leave();
    });

    const choices = () => ({
      code: CODE,
      family: 'share-of-base',
      section: policy.sections[1].code,
      units: [policy.units[0].code, policy.units[1].code],
      budget: policy.budgets[0].code,
      exclusivityGroup: policy.exclusivityGroups[0].code,
    });

    it("lists the policy's sections, units, budgets and exclusivity groups (and the families) to choose from", async () => {
      const res = await api.call('GET', '/api/studio/policies');
      const listed = res.body.find((p: any) => p.code === POLICY);
      expect(listed.choices.sections.map((s: any) => s.code)).toEqual(policy.sections.map((s: any) => s.code));
      expect(listed.choices.budgets[0]).toEqual({ code: policy.budgets[0].code, label: policy.budgets[0].label });
      expect(listed.choices.exclusivityGroups).toHaveLength(policy.exclusivityGroups.length);
      expect(listed.choices.families).toEqual(expect.arrayContaining(['share-of-base', 'fixed-tiers', 'informational']));
    });

    it("stages the scaffold's measure with the chosen section and units, its first case and its placement; writes nothing", async () => {
      const res = await stage(choices());
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        policy: POLICY,
        code: CODE,
        file: `schemas/policies/${POLICY}/measures/${CODE}.json`,
        placement: { policy: POLICY, budget: policy.budgets[0].code, exclusivityGroup: policy.exclusivityGroups[0].code },
      });
      expect(res.body.measure['x-measure']).toMatchObject({ code: CODE, family: 'share-of-base', section: choices().section, units: choices().units });
      expect(res.body.measure.$comment).toMatch(/Scaffolded by/);
      expect(res.body.newCases).toEqual([{ name: 'first', testCase: expect.objectContaining({ expected: { status: 'eligible', failedRules: [] } }) }]);
      expect(existsSync(path.join(root, res.body.file))).toBe(false);
      // The staged edit checks clean, with the measure placed in the budget and group.
      const edit = { measure: res.body.measure, newCases: res.body.newCases, placement: res.body.placement };
      const checked = await api.call('POST', `/api/studio/measures/${CODE}/check`, { token: TOKENS.admin, body: edit });
      expect([checked.status, checked.body.problems]).toEqual([200, []]);
      const cases = await api.call('POST', `/api/studio/measures/${CODE}/cases`, { token: TOKENS.admin, body: edit });
      expect(cases.body.results.map((r: any) => r.passed)).toEqual([true]);
    });

    it('refuses choices the policy does not offer, naming each field, and a code already used', async () => {
      const bad = await stage({ ...choices(), section: 'nowhere', units: ['stic', 'nobody'], budget: 'no-budget', family: 'lottery' });
      expect(bad.status).toBe(400);
      expect(bad.body.issues.map((i: any) => i.pointer).sort()).toEqual(['/budget', '/family', '/section', '/units/1']);
      expect(bad.body.issues[0].message['zh-CN']).toMatch(/政策文件/);
      const taken = await stage({ ...choices(), code: 'compute-voucher' });
      expect([taken.status, taken.body.issues[0].pointer]).toEqual([400, '/code']);
      const shape = await stage({ code: 'Not Kebab', units: [] });
      expect(shape.body.issues.map((i: any) => i.pointer)).toEqual(['/code', '/family', '/section', '/units']);
      expect((await stage(choices(), TOKENS.reviewer)).status).toBe(403);
      // An edit placed in a budget the policy does not have is refused too, naming the field.
      const staged = (await stage(choices())).body;
      const misplaced = await api.call('POST', `/api/studio/measures/${CODE}/check`, {
        token: TOKENS.admin,
        body: { measure: staged.measure, placement: { ...staged.placement, budget: 'no-budget' } },
      });
      expect([misplaced.status, misplaced.body.issues.map((i: any) => i.pointer)]).toEqual([400, ['/placement/budget']]);
      expect(existsSync(path.join(root, staged.file))).toBe(false);
    });

    it('publishes the new measure through the publish path: measure file, first case, policy.json placement and generated files', async () => {
      const staged = (await stage(choices())).body;
      const measure = staged.measure;
      measure['x-measure'].name = { 'zh-CN': '工作室新券', en: 'Studio new voucher' };
      const res = await api.call('POST', `/api/studio/measures/${CODE}/publish`, {
        token: TOKENS.admin,
        body: { measure, newCases: staged.newCases, placement: staged.placement },
      });
      expect([res.status, res.body.error]).toEqual([200, undefined]);
      const paths = res.body.files.map((f: any) => f.path);
      expect(paths).toEqual(
        expect.arrayContaining([staged.file, POLICY_FILE, `schemas/policies/${POLICY}/cases/${CODE}/first.json`]),
      );
      expect(paths.some((p: string) => p.startsWith('apps/api/src/generated/') && p.includes(CODE))).toBe(true);
      const written = JSON.parse(fileOf(POLICY_FILE));
      expect(written.budgets[0].measures).toContain(CODE);
      expect(written.exclusivityGroups[0].measures).toContain(CODE);
      // Only the two lists changed: the rest of policy.json keeps its layout.
      const diff = res.body.files.find((f: any) => f.path === POLICY_FILE).diff as string;
      expect(diff.split('\n').filter((l: string) => /^[+-][^+-]/.test(l)).every((l: string) => l.includes('"measures"'))).toBe(true);
      expect(fileOf(staged.file)).toBe(compactJson(measure));
      // generate:check passes on what was written: the generator has nothing left to change.
      const drift = await previewGenerator(REPO_ROOT, root, root);
      expect({ written: drift.written.map((f) => f.path), removed: drift.removed }).toEqual({ written: [], removed: [] });
      // A code published is a code taken.
      expect((await stage(choices())).body.issues[0].pointer).toBe('/code');
    }, 240_000);
  });
}
