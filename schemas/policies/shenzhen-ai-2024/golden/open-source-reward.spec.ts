import path from 'node:path';
import { failedRules, goldenMeasure, reviewers, yuan } from '../../../testing/golden';

// Golden tests of clause (十一). The text gives only the 1,000,000 yuan maximum, "by downloads,
// performance and industry influence"; version 2024.1 sets the amount from the reviewers' score
// with the default bands (90+ 100%, 80+ 80%, 70+ 60%, 60+ 40% of the cap). Rubric weights:
// downloads 35, performance 30, industry-influence 35, scale 0–10, trimmed mean of at least 3
// reviewers. Amounts are worked out by hand.
const { application, evaluate } = goldenMeasure(path.resolve(__dirname, '..'), 'open-source-reward', '2025-06-01');
const { review, all } = reviewers(['downloads', 'performance', 'industry-influence']);

describe('（十一）鼓励人工智能软件开源', () => {
  it('可根据下载量、性能、行业影响力等情况，给予开源主体最高100万元奖励: score 100 → 1,000,000 yuan', () => {
    // Every reviewer 10 on every criterion → 100 → the 90 band: 100% of 1,000,000 yuan.
    const d = evaluate(application(), [all('r1', 10), all('r2', 10), all('r3', 10)]);
    expect(d.status).toBe('eligible');
    expect(d.award?.amount).toBe(yuan(1_000_000));
  });

  it('根据下载量、性能、行业影响力等情况: score 87 → 80% = 800,000 yuan', () => {
    // r1 9,8,9 → (315+240+315)/10 = 87; r2 all 8 → 80; r3 all 9 → 90.
    // Trimmed mean drops 90 and 80 → 87 → the 80 band: 1,000,000 yuan × 80% = 800,000 yuan.
    const d = evaluate(application(), [review('r1', [9, 8, 9]), all('r2', 8), all('r3', 9)]);
    expect(d.score?.total).toBe(87);
    expect(d.award?.amount).toBe(yuan(800_000));
  });

  it('根据下载量、性能、行业影响力等情况: score 63.5 → 40% = 400,000 yuan', () => {
    // r1 7,6,6 → (245+180+210)/10 = 63.5; r2 7,7,6 → (245+210+210)/10 = 66.5; r3 all 6 → 60.
    // Trimmed mean drops 66.5 and 60 → 63.5 → the 60 band: 1,000,000 yuan × 40% = 400,000 yuan.
    const d = evaluate(application(), [review('r1', [7, 6, 6]), review('r2', [7, 7, 6]), all('r3', 6)]);
    expect(d.score?.total).toBe(63.5);
    expect(d.award?.amount).toBe(yuan(400_000));
  });

  it('最高100万元奖励: score 50 is below the lowest band → not selected', () => {
    const d = evaluate(application(), [all('r1', 5), all('r2', 5), all('r3', 5)]);
    expect(d.status).toBe('not-selected');
    expect(d.award).toBeNull();
  });

  it('最高100万元奖励: before review (or with fewer than 3 reviewers) the reward is 0 to 1,000,000 yuan', () => {
    const before = evaluate(application());
    expect(before.status).toBe('eligible');
    expect(before.award?.amount).toBeNull();
    expect(before.award?.range).toEqual({ min: 0, max: yuan(1_000_000) });
    const twoReviewers = evaluate(application(), [all('r1', 9), all('r2', 9)]);
    expect(twoReviewers.award?.amount).toBeNull();
    expect(twoReviewers.award?.range).toEqual({ min: 0, max: yuan(1_000_000) });
  });

  it('开源人工智能计算平台: a licence not on the list is referred to the reviewers (osi-licence)', () => {
    const d = evaluate(application({ 'software.licence': 'other' }));
    expect(d.status).toBe('eligible');
    expect(d.rules.find((r) => r.code === 'osi-licence')?.passed).toBeNull();
  });

  it('支持构建第三方算子库、预训练模型、模型智能体等开源软件: another kind of software is referred to the reviewers (listed-category)', () => {
    const d = evaluate(application({ 'software.category': 'other' }));
    expect(d.status).toBe('eligible');
    const rule = d.rules.find((r) => r.code === 'listed-category');
    expect(rule?.passed).toBeNull();
    expect(rule?.reason?.en).toContain('for the reviewers to decide');
  });

  it('给予开源主体: software whose copyright another organisation holds is ineligible (applicant-is-owner)', () => {
    const d = evaluate(application({ 'software.ownerCreditCode': '91440101MA5F00006X' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['applicant-is-owner']);
  });

  it('支持企业和相关机构开源: software first released after the date of application is ineligible (released-before-applying)', () => {
    const d = evaluate(application({ 'software.firstReleasedOn': '2025-07-01' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['released-before-applying']);
  });
});
