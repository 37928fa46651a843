/* eslint-disable @typescript-eslint/no-explicit-any -- response bodies are arbitrary JSON */
import { type Harness, startApi, type TestDatabase, testConfig, TODAY, TOKENS } from './api-harness';
import { clone, getPath, type MeasureFixture, otherApplicantId, pickMeasure, setPath } from './measure-fixture';
import { approve, enterStudio, submitAll } from './studio-env';

/** A measure with a cap per applicant and budget year: what an applicant received before limits the next award. */
const CODE = 'model-voucher';

/**
 * What-if reads each application's funding history from the platform's records, as approval does:
 * an applicant's second application is cut to what the per-applicant cap leaves, before and after
 * the edit alike, so an edit raising the rate does not promise more than approval would give.
 */
export function describeStudioWhatIfHistory(label: string, createDatabase: () => Promise<TestDatabase>): void {
  describe(`the studio's what-if with funding history on ${label}`, () => {
    let db: TestDatabase;
    let api: Harness;
    let studio: ReturnType<typeof enterStudio> | undefined;
    let m: MeasureFixture;
    let ids: string[] = [];

    beforeAll(async () => {
      m = pickMeasure(TODAY, (f) => f.code === CODE);
      studio = enterStudio();
      db = await createDatabase();
      const applicant = getPath(m.example, m.applicantPath) as string;
      api = await startApi(testConfig(db.config, applicant, otherApplicantId('B0HISTORY')));
      const forms = ['HISTORY-1', 'HISTORY-2'].map((project) => setPath(clone(m.example), m.policy.info.subjects.projectRef!, project));
      ids = await submitAll(api, CODE, forms);
      await approve(api, ids[0]);
    });

    afterAll(async () => {
      await api?.close();
      await db?.drop();
      studio?.leave();
    });

    it("cuts the second application's after-amount by the cap per applicant, as approval would", async () => {
      const saved = (await api.call('GET', `/api/studio/measures/${CODE}`)).body.measure;
      const measure = clone(saved);
      measure['x-versions'][0].values.rate = '40%';
      const res = await api.call('POST', `/api/studio/measures/${CODE}/what-if`, { token: TOKENS.admin, body: { measure } });
      expect(res.status).toBe(200);
      const { cap } = saved['x-versions'][0].values;
      const first = res.body.rows.find((r: any) => r.id === ids[0]);
      const second = res.body.rows.find((r: any) => r.id === ids[1]);
      // The first was approved: its own award is not in its own history, so it moves with the rate.
      const approved = first.before.amount;
      expect(first.after.amount).toBeGreaterThan(approved);
      expect(first.after.amount).toBeLessThanOrEqual(cap);
      // The second: uncut it would get what the first gets; the first's approved award leaves only cap − approved.
      expect(first.after.amount).toBeGreaterThan(cap - approved);
      expect(second.before).toEqual({ status: 'eligible', amount: cap - approved });
      expect(second.after).toEqual({ status: 'eligible', amount: cap - approved });
      expect(second.change).toBe(0);
    });
  });
}
