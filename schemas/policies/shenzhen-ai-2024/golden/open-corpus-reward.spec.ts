import path from 'node:path';
import { failedRules, goldenMeasure, reviewers, yuan } from '../../../testing/golden';

// Golden tests of clause (三) 语料券, open corpus reward. The text gives only the 1,000,000 yuan
// maximum per data-source unit "按照语料年度共享使用情况"; version 2024.1 uses the documented
// defaults: shared uses = API calls + downloads; ≥ 1,000,000 → up to 1,000,000 yuan; ≥ 300,000 →
// up to 600,000 yuan; ≥ 100,000 (the threshold) → up to 300,000 yuan; at least 4 updates in the
// year; the score bands (90+ 100%, 80+ 80%, 70+ 60%, 60+ 40% of the tier). Rubric weights: scale
// 25, quality 25, update-frequency 20, application-effect 30, scale 0–10, mean of at least 3.
const { application, evaluate } = goldenMeasure(path.resolve(__dirname, '..'), 'open-corpus-reward', '2025-09-01');
const rubric = reviewers(['scale', 'quality', 'update-frequency', 'application-effect']);
const { review } = rubric;
const all = (score: number) => [rubric.all('r1', score), rubric.all('r2', score), rubric.all('r3', score)];

describe('（三）发放“语料券”：开放语料奖励', () => {
  it('按照语料年度共享使用情况，给予每个数源单位最高100万元奖励: 558,000 uses, score 90 → 600,000 yuan (second tier)', () => {
    // 520,000 calls + 38,000 downloads = 558,000 uses: ≥ 300,000, < 1,000,000 → second tier, up to 600,000 yuan.
    // Every reviewer 9 → 90 → the 90 band, 100%: 600,000 yuan.
    const d = evaluate(application(), all(9));
    expect(d.status).toBe('eligible');
    expect(d.award?.amount).toBe(yuan(600_000));
  });

  it('给予每个数源单位最高100万元奖励: 1,250,000 uses, score 83.17 → 80% of 1,000,000 yuan = 800,000 yuan', () => {
    // 1,200,000 calls + 50,000 downloads = 1,250,000 uses ≥ 1,000,000 → first tier, up to 1,000,000 yuan.
    // r1 all 8 → 80; r2 all 9 → 90; r3 7,8,9,8 → (25×7+25×8+20×9+30×8)/10 = 79.5.
    // Mean (80 + 90 + 79.5) / 3 = 83.17 → the 80 band: 1,000,000 yuan × 80% = 800,000 yuan.
    const d = evaluate(application({ 'usage.apiCalls': 1_200_000, 'usage.downloads': 50_000 }), [
      review('r1', [8, 8, 8, 8]),
      review('r2', [9, 9, 9, 9]),
      review('r3', [7, 8, 9, 8]),
    ]);
    expect(d.score?.total).toBe(83.17);
    expect(d.award?.amount).toBe(yuan(800_000));
  });

  it('给予每个数源单位最高100万元奖励: exactly 1,000,000 uses, score 100 → the full 1,000,000 yuan', () => {
    // 900,000 calls + 100,000 downloads = 1,000,000 uses → first tier; score 100 → 100%: 1,000,000 yuan.
    const d = evaluate(application({ 'usage.apiCalls': 900_000, 'usage.downloads': 100_000 }), all(10));
    expect(d.award?.amount).toBe(yuan(1_000_000));
  });

  it('按照语料年度共享使用情况: 150,000 uses, score 70 → 60% of 300,000 yuan = 180,000 yuan (third tier)', () => {
    // 150,000 calls + 0 downloads = 150,000 uses: ≥ 100,000, < 300,000 → third tier, up to 300,000 yuan.
    // Every reviewer 7 → 70 → the 70 band: 300,000 yuan × 60% = 180,000 yuan.
    const d = evaluate(application({ 'usage.apiCalls': 150_000, 'usage.downloads': 0 }), all(7));
    expect(d.award?.amount).toBe(yuan(180_000));
  });

  it('最高100万元奖励: before review the amount is 0 up to the tier maximum (600,000 yuan)', () => {
    const d = evaluate(application());
    expect(d.award?.amount).toBeNull();
    expect(d.award?.range).toEqual({ min: 0, max: yuan(600_000) });
  });

  it('给予每个数源单位: a public institution registered as a data-source unit may apply', () => {
    const d = evaluate(
      application({
        'applicant.kind': 'data-source-unit',
        'applicant.creditCode': '124403004557550007',
        'applicant.name': '深圳市交通运输数据中心',
      }),
    );
    expect(d.status).toBe('eligible');
  });

  it('支持企业……开放语料，给予每个数源单位: a university is ineligible (applicant-kind)', () => {
    const d = evaluate(application({ 'applicant.kind': 'university', 'applicant.creditCode': '124403004557550007' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['applicant-kind']);
  });

  it('通过公共数据开放平台开放语料: a corpus opened elsewhere is ineligible (public-open-platform)', () => {
    const d = evaluate(application({ 'corpus.platform': 'other' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['public-open-platform']);
  });

  it('符合……更新频率……要求: 3 updates in the year, below the default of 4, is ineligible (update-frequency)', () => {
    const d = evaluate(application({ 'usage.updates': 3 }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['update-frequency']);
  });

  it('符合规模质量……和应用成效要求: 90,000 uses, below the 100,000 threshold, is ineligible (minimum-usage)', () => {
    // 60,000 calls + 30,000 downloads = 90,000 < 100,000.
    const d = evaluate(application({ 'usage.apiCalls': 60_000, 'usage.downloads': 30_000 }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['minimum-usage']);
  });

  it('语料年度共享使用情况: a usage year that has not ended is ineligible (usage-period-ended)', () => {
    const d = evaluate(application(), [], '2025-06-15');
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['usage-period-ended']);
  });
});
