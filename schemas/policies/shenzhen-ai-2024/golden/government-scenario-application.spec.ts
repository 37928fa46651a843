import path from 'node:path';
import { failedRules, goldenMeasure, reviewers, yuan } from '../../../testing/golden';

// Golden tests of clause (六). The text gives only the 5,000,000 yuan maximum "根据应用推广等情况";
// version 2024.1 sets the amount from the reviewers' score with the default bands (90+ 100%, 80+
// 80%, 70+ 60%, 60+ 40% of the cap). Rubric weights: application-results 35, promotion 30,
// technology 20, replicability 15, scale 0–10, trimmed mean of at least 3 reviewers.
const { application, evaluate } = goldenMeasure(path.resolve(__dirname, '..'), 'government-scenario-application', '2025-09-01');
const { review } = reviewers(['application-results', 'promotion', 'technology', 'replicability']);

describe('（六）加速开放政务应用场景', () => {
  it('根据应用推广等情况，给予开发企业最高500万元资助: score 90 → the full 5,000,000 yuan', () => {
    // Totals 90, 90, 100; trimmed mean drops 90 and 100 → 90 → the 90 band, 100%: 5,000,000 yuan.
    const d = evaluate(application(), [review('r1', [9, 9, 9, 9]), review('r2', [9, 9, 9, 9]), review('r3', [10, 10, 10, 10])]);
    expect(d.status).toBe('eligible');
    expect(d.score?.total).toBe(90);
    expect(d.award?.amount).toBe(yuan(5_000_000));
  });

  it('根据应用推广等情况，给予开发企业最高500万元资助: score 80 → 80% = 4,000,000 yuan', () => {
    // r1 all 8 → 80; r2 9,8,7,8 → (35×9+30×8+20×7+15×8)/10 = 81.5; r3 6,7,8,9 → (210+210+160+135)/10 = 71.5.
    // Trimmed mean drops 81.5 and 71.5 → 80 → the 80 band: 5,000,000 yuan × 80% = 4,000,000 yuan.
    const d = evaluate(application(), [review('r1', [8, 8, 8, 8]), review('r2', [9, 8, 7, 8]), review('r3', [6, 7, 8, 9])]);
    expect(d.score?.total).toBe(80);
    expect(d.award?.amount).toBe(yuan(4_000_000));
  });

  it('根据应用推广等情况，给予开发企业最高500万元资助: score 65 → 40% = 2,000,000 yuan', () => {
    // Each reviewer 7,6,6,7 → (245+180+120+105)/10 = 65 → the 60 band: 5,000,000 yuan × 40% = 2,000,000 yuan.
    const d = evaluate(application(), [review('r1', [7, 6, 6, 7]), review('r2', [7, 6, 6, 7]), review('r3', [7, 6, 6, 7])]);
    expect(d.score?.total).toBe(65);
    expect(d.award?.amount).toBe(yuan(2_000_000));
  });

  it('给予开发企业最高500万元资助: before review (or with fewer than 3 reviewers) the amount is 0 to 5,000,000 yuan', () => {
    const before = evaluate(application());
    expect(before.award?.amount).toBeNull();
    expect(before.award?.range).toEqual({ min: 0, max: yuan(5_000_000) });
    const tooFew = evaluate(application(), [review('r1', [9, 9, 9, 9]), review('r2', [9, 9, 9, 9])]);
    expect(tooFew.award?.amount).toBeNull();
  });

  it('给予开发企业: a university is ineligible (applicant-kind)', () => {
    const d = evaluate(application({ 'applicant.kind': 'university', 'applicant.creditCode': '124403004557550007' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['applicant-kind']);
  });

  it('支持基于开放场景的人工智能应用开发: no opened-scenario reference is ineligible (opened-scenario)', () => {
    const d = evaluate(application({ 'scenario.listReference': undefined }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['opened-scenario']);
  });

  it('经论证可行: a product without a passed feasibility review is ineligible (feasibility-proven)', () => {
    const d = evaluate(application({ 'product.feasibilityReviewPassed': false }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['feasibility-proven']);
  });

  it('在实际场景中投入使用: a product going live after the date of application is ineligible (in-real-use)', () => {
    const d = evaluate(application({ 'product.goLiveDate': '2025-12-01' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['in-real-use']);
  });
});
