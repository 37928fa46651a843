import path from 'node:path';
import { failedRules, goldenMeasure, reviewers, yuan } from '../../../testing/golden';

// Golden tests of clause (七). The text gives only the 3,000,000 yuan maximum and "销售量达到一定
// 规模"; version 2024.1 uses the defaults: at least 100,000 units in the year, and the score bands
// (90+ 100%, 80+ 80%, 70+ 60%, 60+ 40% of the cap). Rubric weights: sales 40, market-influence 25,
// ai-technology 20, industry-pull 15, scale 0–10, mean of at least 3 reviewers.
const { application, evaluate } = goldenMeasure(path.resolve(__dirname, '..'), 'ai-hardware-product', '2025-06-01');
const { review } = reviewers(['sales', 'market-influence', 'ai-technology', 'industry-pull']);

describe('（七）支持人工智能产品应用', () => {
  it('对销售量达到一定规模的年度爆款产品，给予企业最高300万元奖励: score 90 → the full 3,000,000 yuan', () => {
    // Every reviewer 9 on every criterion → 90 → the 90 band, 100%: 3,000,000 yuan.
    const d = evaluate(application(), [review('r1', [9, 9, 9, 9]), review('r2', [9, 9, 9, 9]), review('r3', [9, 9, 9, 9])]);
    expect(d.status).toBe('eligible');
    expect(d.award?.amount).toBe(yuan(3_000_000));
  });

  it('给予企业最高300万元奖励: score 81 → 80% = 2,400,000 yuan', () => {
    // r1 all 8 → 80; r2 8,7,8,9 → (320+175+160+135)/10 = 79; r3 9,8,8,8 → (360+200+160+120)/10 = 84.
    // Mean (80 + 79 + 84) / 3 = 81 → the 80 band: 3,000,000 yuan × 80% = 2,400,000 yuan.
    const d = evaluate(application(), [review('r1', [8, 8, 8, 8]), review('r2', [8, 7, 8, 9]), review('r3', [9, 8, 8, 8])]);
    expect(d.score?.total).toBe(81);
    expect(d.award?.amount).toBe(yuan(2_400_000));
  });

  it('给予企业最高300万元奖励: score 70 → 60% = 1,800,000 yuan', () => {
    // Every reviewer 7 → 70 → the 70 band: 3,000,000 yuan × 60% = 1,800,000 yuan.
    const d = evaluate(application(), [review('r1', [7, 7, 7, 7]), review('r2', [7, 7, 7, 7]), review('r3', [7, 7, 7, 7])]);
    expect(d.award?.amount).toBe(yuan(1_800_000));
  });

  it('销售量达到一定规模: exactly 100,000 units (the default threshold) is enough', () => {
    const d = evaluate(application({ 'sales.unitsSold': 100_000 }));
    expect(d.status).toBe('eligible');
    expect(d.award?.range).toEqual({ min: 0, max: yuan(3_000_000) });
  });

  it('销售量达到一定规模: 99,999 units is ineligible (sales-threshold)', () => {
    const d = evaluate(application({ 'sales.unitsSold': 99_999 }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['sales-threshold']);
  });

  it('给予企业: a research institute is ineligible (applicant-kind)', () => {
    const d = evaluate(application({ 'applicant.kind': 'research-institute', 'applicant.creditCode': '124403004557550007' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['applicant-kind']);
  });

  it('应用大模型技术的智能硬件产品: a product without large-model technology is ineligible (uses-large-model)', () => {
    const d = evaluate(application({ 'product.usesLargeModel': false }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['uses-large-model']);
  });
});
