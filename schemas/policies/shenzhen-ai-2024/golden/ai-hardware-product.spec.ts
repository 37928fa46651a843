import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Decision, ReviewerScores } from '@pioneer/engine';
import { loadPolicyFolder } from '@pioneer/policy-loader';

// Golden tests of clause (七). The text gives only the 3,000,000 yuan maximum and "销售量达到一定
// 规模"; version 2024.1 uses the defaults: at least 100,000 units in the year, and the score bands
// (90+ 100%, 80+ 80%, 70+ 60%, 60+ 40% of the cap). Rubric weights: sales 40, market-influence 25,
// ai-technology 20, industry-pull 15, scale 0–10, mean of at least 3 reviewers.
const MEASURE = 'ai-hardware-product';
const policy = loadPolicyFolder(path.resolve(__dirname, '..'));
type Application = Record<string, Record<string, unknown>>;
const example = JSON.parse(readFileSync(path.resolve(__dirname, `../examples/applications/${MEASURE}.json`), 'utf8')) as Application;

/** The example application with fields of its sections replaced; `undefined` removes a field. */
function application(patch: Application = {}): Application {
  const app = structuredClone(example);
  for (const [section, fields] of Object.entries(patch)) {
    for (const [key, value] of Object.entries(fields)) {
      if (value === undefined) delete app[section][key];
      else app[section][key] = value;
    }
  }
  return app;
}

/** One reviewer's scores: sales, market influence, AI technology, industry pull. */
const review = (reviewer: string, [sales, influence, technology, pull]: number[]): ReviewerScores => ({
  reviewer,
  scores: { sales, 'market-influence': influence, 'ai-technology': technology, 'industry-pull': pull },
});
const evaluate = (app: Application, scores: ReviewerScores[] = [], asOf = '2025-06-01'): Decision => policy.evaluate(MEASURE, app, { asOf, history: [], scores });
const failedRules = (d: Decision) => d.rules.filter((r) => r.passed === false).map((r) => r.code);

describe('（七）支持人工智能产品应用', () => {
  it('对销售量达到一定规模的年度爆款产品，给予企业最高300万元奖励: score 90 → the full 3,000,000 yuan', () => {
    // Every reviewer 9 on every criterion → 90 → the 90 band, 100%: 3,000,000 yuan.
    const d = evaluate(application(), [review('r1', [9, 9, 9, 9]), review('r2', [9, 9, 9, 9]), review('r3', [9, 9, 9, 9])]);
    expect(d.status).toBe('eligible');
    expect(d.award?.amount).toBe(3_000_000 * 100);
  });

  it('给予企业最高300万元奖励: score 81 → 80% = 2,400,000 yuan', () => {
    // r1 all 8 → 80; r2 8,7,8,9 → (320+175+160+135)/10 = 79; r3 9,8,8,8 → (360+200+160+120)/10 = 84.
    // Mean (80 + 79 + 84) / 3 = 81 → the 80 band: 3,000,000 yuan × 80% = 2,400,000 yuan.
    const d = evaluate(application(), [review('r1', [8, 8, 8, 8]), review('r2', [8, 7, 8, 9]), review('r3', [9, 8, 8, 8])]);
    expect(d.score?.total).toBe(81);
    expect(d.award?.amount).toBe(2_400_000 * 100);
  });

  it('给予企业最高300万元奖励: score 70 → 60% = 1,800,000 yuan', () => {
    // Every reviewer 7 → 70 → the 70 band: 3,000,000 yuan × 60% = 1,800,000 yuan.
    const d = evaluate(application(), [review('r1', [7, 7, 7, 7]), review('r2', [7, 7, 7, 7]), review('r3', [7, 7, 7, 7])]);
    expect(d.award?.amount).toBe(1_800_000 * 100);
  });

  it('销售量达到一定规模: exactly 100,000 units (the default threshold) is enough', () => {
    const d = evaluate(application({ sales: { unitsSold: 100_000 } }));
    expect(d.status).toBe('eligible');
    expect(d.award?.range).toEqual({ min: 0, max: 3_000_000 * 100 });
  });

  it('销售量达到一定规模: 99,999 units is ineligible (sales-threshold)', () => {
    const d = evaluate(application({ sales: { unitsSold: 99_999 } }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['sales-threshold']);
  });

  it('给予企业: a research institute is ineligible (applicant-kind)', () => {
    const d = evaluate(application({ applicant: { kind: 'research-institute', creditCode: '124403004557550007' } }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['applicant-kind']);
  });

  it('应用大模型技术的智能硬件产品: a product without large-model technology is ineligible (uses-large-model)', () => {
    const d = evaluate(application({ product: { usesLargeModel: false } }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['uses-large-model']);
  });
});
