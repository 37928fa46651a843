import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadPolicies } from '@pioneer/contracts';
import type { CompiledMeasure, CompiledPolicy } from '@pioneer/engine';
import { type Harness, startApi, type TestDatabase, testConfig, TOKENS } from './api-harness';
import { clone, getPath, otherApplicantId, setPath } from './measure-fixture';

// Several policies on one platform: a measure whose rule and award read another policy's award
// (`awarded: ["<policy>/<measure>", "project"]`, the district top-up of the city's voucher) is
// decided by the API from the award the platform itself approved, never from the form. Measures
// are found from the schemas, not named here; amounts come from the engine.
const ROOT = path.resolve(__dirname, '../../../..');
const AS_OF = '2025-09-01';
const policies = loadPolicies();
const found = policies
  .flatMap((policy) => [...policy.measures.values()].map((measure) => ({ policy, measure })))
  .find(({ measure }) => measure.info.family === 'matching' && measure.measureRefs.some((r) => r.ref.includes('/')));

function exampleOf(policy: CompiledPolicy, measure: CompiledMeasure): Record<string, unknown> {
  const file = path.join(ROOT, 'schemas', measure.file.replace('/measures/', '/examples/applications/'));
  expect([file, existsSync(file)]).toEqual([file, true]);
  const form = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  return setPath(clone(form), policy.info.subjects.projectRef!, 'XPOL-2025-001');
}

/** The contract, on the database `createDatabase` gives (SQLite, PostgreSQL). */
export function describeCrossPolicyContract(label: string, createDatabase: () => Promise<TestDatabase>): void {
  describe(`awards of one policy read by another, over HTTP on ${label}`, () => {
    let db: TestDatabase;
    let api: Harness;
    const topUp = found!;
    const [sourcePolicyCode, sourceCode] = topUp.measure.measureRefs.find((r) => r.ref.includes('/'))!.ref.split('/');
    const source = policies.find((p) => p.info.code === sourcePolicyCode)!;
    const sourceForm = exampleOf(source, source.measure(sourceCode));
    const topUpForm = exampleOf(topUp.policy, topUp.measure);
    const applicant = getPath(topUpForm, topUp.policy.info.subjects.applicantId) as string;

    const ok = async (id: string, action: string, token: string, body: unknown = {}) => {
      const res = await api.call('POST', `/api/applications/${id}/${action}`, { token, body });
      expect([action, res.status, res.body?.error]).toEqual([action, 200, undefined]);
      return res.body;
    };
    const submit = async (code: string, form: unknown) => {
      const draft = await api.call('POST', `/api/measures/${code}/applications`, { token: TOKENS.applicantA, body: form });
      expect(draft.status).toBe(201);
      const done = await api.call('POST', `/api/measures/${code}/applications/${draft.body.id}/submit`, { token: TOKENS.applicantA });
      expect(done.status).toBe(200);
      return done.body;
    };

    beforeAll(async () => {
      expect(found).toBeDefined();
      expect(getPath(sourceForm, source.info.subjects.applicantId)).toBe(applicant);
      db = await createDatabase();
      const district = getPath(topUpForm, topUp.policy.info.subjects.district ?? '') as string;
      api = await startApi(testConfig(db.config, applicant, otherApplicantId('B0XPOL'), { fixedNow: `${AS_OF}T02:00:00.000Z` }, district));
    });

    afterAll(async () => {
      await api?.close();
      await db?.drop();
    });

    it("refuses the top-up before the other policy's award exists, then pays its share of the approved amount", async () => {
      const early = await submit(topUp.measure.code, topUpForm);
      expect(early.decision.status).toBe('ineligible');

      const city = await submit(sourceCode, sourceForm);
      await ok(city.id, 'reviewers', TOKENS.admin, { reviewers: ['rita'] });
      await ok(city.id, 'conflict-declaration', TOKENS.reviewer, { conflict: false });
      await ok(city.id, 'recommendation', TOKENS.reviewer);
      const approved = await ok(city.id, 'approve', TOKENS.approver);
      expect(approved.approvedAmount).toBeGreaterThan(0);

      const later = await submit(topUp.measure.code, topUpForm);
      // What the engine decides given exactly the approved award, recorded at its policy's level.
      const record = {
        policy: source.info.code,
        measure: sourceCode,
        level: source.info.level,
        applicantId: applicant,
        projectRef: 'XPOL-2025-001',
        amount: approved.approvedAmount,
        date: AS_OF,
      };
      const expected = topUp.policy.evaluate(topUp.measure.code, topUpForm, { asOf: AS_OF, history: [record] });
      expect(expected.status).toBe('eligible');
      expect([later.decision.status, later.amount]).toEqual(['eligible', expected.award!.amount]);
      expect(later.amount).toBeLessThan(approved.approvedAmount);
    });
  });
}
