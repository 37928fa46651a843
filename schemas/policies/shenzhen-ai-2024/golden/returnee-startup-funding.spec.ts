import path from 'node:path';
import { failedRules, goldenMeasure, reviewers, yuan } from '../../../testing/golden';

// Golden tests of clause (十五), startup funding for returned overseas AI graduates: 1,000,000,
// 500,000 or 300,000 yuan "on merit" (择优). The text does not say how merit is measured;
// version 2024.1 picks the tier from the reviewers' score (defaults: 90+, 80+, 70+; below 70
// nothing). Rubric weights: technology 30, market 25, team 25, financing 20, scale 0–10, trimmed
// mean of at least 3 reviewers. Amounts are worked out by hand.
const { application, evaluate } = goldenMeasure(path.resolve(__dirname, '..'), 'returnee-startup-funding', '2025-06-01');
const { review, all } = reviewers(['technology', 'market', 'team', 'financing']);

describe('（十五）支持人工智能创新创业: 留学人才创业资助', () => {
  it('择优给予100万元、50万元、30万元的一次性创业资助: score 100 → 1,000,000 yuan', () => {
    // Every reviewer 10 everywhere → 100 ≥ 90 → the first tier, 1,000,000 yuan.
    const d = evaluate(application(), [all('r1', 10), all('r2', 10), all('r3', 10)]);
    expect(d.status).toBe('eligible');
    expect(d.award?.amount).toBe(yuan(1_000_000));
  });

  it('择优给予100万元、50万元、30万元的一次性创业资助: score 85.5 → 500,000 yuan', () => {
    // r1 all 8 → 80; r2 all 9 → 90; r3 9,8,9,8 → (270+200+225+160)/10 = 85.5.
    // Trimmed mean drops 90 and 80 → 85.5: below 90, at least 80 → the second tier, 500,000 yuan.
    const d = evaluate(application(), [all('r1', 8), all('r2', 9), review('r3', [9, 8, 9, 8])]);
    expect(d.score?.total).toBe(85.5);
    expect(d.award?.amount).toBe(yuan(500_000));
  });

  it('择优给予100万元、50万元、30万元的一次性创业资助: score 73 → 300,000 yuan', () => {
    // r1 all 7 → 70; r2 8,7,7,7 → (240+175+175+140)/10 = 73; r3 all 8 → 80.
    // Trimmed mean drops 80 and 70 → 73: at least 70 → the third tier, 300,000 yuan.
    const d = evaluate(application(), [all('r1', 7), review('r2', [8, 7, 7, 7]), all('r3', 8)]);
    expect(d.score?.total).toBe(73);
    expect(d.award?.amount).toBe(yuan(300_000));
  });

  it('择优给予: score 60 reaches no tier → not selected (未入选)', () => {
    const d = evaluate(application(), [all('r1', 6), all('r2', 6), all('r3', 6)]);
    expect(d.status).toBe('not-selected');
    expect(d.award).toBeNull();
  });

  it('择优给予100万元、50万元、30万元: before review the funding is 0 to 1,000,000 yuan', () => {
    const d = evaluate(application());
    expect(d.status).toBe('eligible');
    expect(d.award?.amount).toBeNull();
    expect(d.award?.range).toEqual({ min: 0, max: yuan(1_000_000) });
  });

  it('支持人工智能留学人才在深创业: the applicant must be the company (applicant-kind)', () => {
    const d = evaluate(application({ 'applicant.kind': 'research-institute', 'applicant.creditCode': '124403004557550007' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['applicant-kind']);
  });

  it('对注册时间在6—48个月内的企业: 6 and 48 months qualify; 5 and 49 months do not (registered-6-to-48-months)', () => {
    // 2024-12-01 → 2025-06-01 = 6 months; 2021-06-01 → 2025-06-01 = 48 months.
    expect(evaluate(application({ 'applicant.registeredOn': '2024-12-01' })).status).toBe('eligible');
    expect(evaluate(application({ 'applicant.registeredOn': '2021-06-01' })).status).toBe('eligible');
    // 2024-12-02 → 2025-06-01 = 5 whole months; 2021-05-01 → 2025-06-01 = 49 months.
    for (const registeredOn of ['2024-12-02', '2021-05-01']) {
      const d = evaluate(application({ 'applicant.registeredOn': registeredOn }));
      expect(d.status).toBe('ineligible');
      expect(failedRules(d)).toEqual(['registered-6-to-48-months']);
    }
  });

  it('人工智能留学人才: a founder whose degree is from mainland China is ineligible (overseas-degree)', () => {
    const d = evaluate(application({ 'founder.degreeCountry': 'CN', 'founder.degreeInstitution': '清华大学' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['overseas-degree']);
  });

  it('支持人工智能留学人才在深创业: a venture outside AI is ineligible (ai-field)', () => {
    const d = evaluate(application({ 'venture.field': 'non-ai' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['ai-field']);
  });
});

describe('（十五）注册时间在6—48个月内: dates are compared, not months rounded down', () => {
  it('注册时间在6—48个月内: registered 2021-05-15 is 48 months and 17 days before 2025-06-01 → ineligible', () => {
    // 2021-05-15 + 48 months = 2025-05-15, before 2025-06-01: more than 48 months. (Whole months rounded down would say 48.)
    const d = evaluate(application({ 'applicant.registeredOn': '2021-05-15' }));
    expect(failedRules(d)).toEqual(['registered-6-to-48-months']);
  });

  it('注册时间在6—48个月内: registered 2024-11-20 is 6 months and 12 days before 2025-06-01 → eligible', () => {
    // 2024-11-20 + 6 months = 2025-05-20, on or before 2025-06-01.
    expect(evaluate(application({ 'applicant.registeredOn': '2024-11-20' })).status).toBe('eligible');
  });
});
