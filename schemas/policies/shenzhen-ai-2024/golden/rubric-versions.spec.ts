import path from 'node:path';
import { compilePolicy } from '@pioneer/engine';
import { readPolicyBundle } from '@pioneer/policy-loader';
import { goldenMeasure, goldenPolicy, reviewers, yuan, traceText } from '../../../testing/golden';

// Issue 8, item 11: rubrics are versioned with the measure's parameters and marked as
// implementation-rule defaults — the text sets no scoring method for any measure (可根据下载量、
// 性能、行业影响力等情况 names what counts, not how it is scored).
const folder = path.resolve(__dirname, '..');
const { review } = reviewers(['downloads', 'performance', 'industry-influence']);
// Reviewer marks 10 on downloads, 6 on performance, 6 on influence.
const panel = ['r1', 'r2', 'r3'].map((r) => review(r, [10, 6, 6]));

type Criterion = { code: string; weight: number };
type MeasureJson = { 'x-versions': Array<Record<string, unknown>>; 'x-rubric': { criteria: Criterion[] } };

/** The policy with a 2026 version of (十一) whose rubric weighs downloads 60, performance 20, influence 20. */
function withRubricVersion2026() {
  const { bundle } = readPolicyBundle(folder);
  const source = bundle!.measures.find((m) => m.file.endsWith('/open-source-reward.json'))!;
  const json = structuredClone(source.json) as MeasureJson;
  const first = json['x-versions'][0];
  first.effectiveTo = '2025-12-31';
  const rubric = structuredClone(json['x-rubric']);
  const weights: Record<string, number> = { downloads: 60, performance: 20, 'industry-influence': 20 };
  for (const c of rubric.criteria) c.weight = weights[c.code];
  json['x-versions'].push({ ...structuredClone(first), version: '2026.1', effectiveFrom: '2026-01-01', effectiveTo: '2026-12-17', rubric });
  source.json = json;
  const { policy, problems } = compilePolicy(bundle!);
  expect(problems).toEqual([]);
  return policy!;
}

describe('rubrics: versioned with the parameters, implementation-rule defaults', () => {
  it('可根据下载量、性能、行业影响力等情况: every rubric of the policy is marked as an implementation-rule default', () => {
    const policy = goldenPolicy(folder);
    const scored = [...policy.measures.values()].filter((m) => m.rubric);
    expect(scored.length).toBeGreaterThanOrEqual(10);
    for (const m of scored) expect({ code: m.code, source: m.rubric!.source }).toEqual({ code: m.code, source: 'implementation-rule' });
  });

  it("可根据下载量、性能、行业影响力等情况: the decision says which version's rubric scored it, and that it is a default", () => {
    const openSource = goldenMeasure(folder, 'open-source-reward', '2025-06-01');
    const d = openSource.evaluate(openSource.application(), panel);
    expect(d.score).toMatchObject({ total: 74, rubricVersion: '2024.1', rubricSource: 'implementation-rule' });
    expect(traceText(d)).toContain('评分细则：原文未规定评审办法，采用实施细则默认值（参数版本 2024.1）');
  });

  it('给予开源主体最高100万元奖励: the same marks score 74 under the 2024.1 rubric and 84 under a 2026.1 rubric', () => {
    // 2024.1: (35×10 + 30×6 + 35×6) / 10 = 74 → the 70 band, 60% of 1,000,000 = 600,000 yuan.
    // 2026.1: (60×10 + 20×6 + 20×6) / 10 = 84 → the 80 band, 80% of 1,000,000 = 800,000 yuan.
    const policy = withRubricVersion2026();
    const app = goldenMeasure(folder, 'open-source-reward', '2025-06-01').application();
    const before = policy.evaluate('open-source-reward', app, { asOf: '2025-06-01', scores: panel });
    const after = policy.evaluate('open-source-reward', app, { asOf: '2026-06-01', scores: panel });
    expect([before.score?.total, before.award?.amount]).toEqual([74, yuan(600_000)]);
    expect([after.score?.total, after.score?.rubricVersion, after.award?.amount]).toEqual([84, '2026.1', yuan(800_000)]);
  });
});
