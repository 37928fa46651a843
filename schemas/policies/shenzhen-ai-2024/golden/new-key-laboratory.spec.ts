import path from 'node:path';
import { failedRules, goldenMeasure, reviewers, yuan } from '../../../testing/golden';

// Golden tests of clause (十三), newly approved municipal key laboratories. The text gives only
// the 5,000,000 yuan maximum; version 2024.1 sets the amount from the reviewers' score with the
// default bands (90+ 100%, 80+ 80%, 70+ 60%, 60+ 40%). Rubric weights: research-direction 25,
// team 25, conditions 20, construction-plan 20, collaboration 10, scale 0–10, trimmed mean of at
// least 3 reviewers. Amounts are worked out by hand.
const { application, evaluate } = goldenMeasure(path.resolve(__dirname, '..'), 'new-key-laboratory', '2025-06-01');
const { review, all } = reviewers(['research-direction', 'team', 'conditions', 'construction-plan', 'collaboration']);

describe('（十三）建设人工智能重点实验室: 批准组建的市重点实验室', () => {
  it('对批准组建的市重点实验室，给予单个最高500万元资助: score 100 → 5,000,000 yuan', () => {
    // Every reviewer 10 everywhere → 100 → the 90 band: 100% of 5,000,000 yuan.
    const d = evaluate(application(), [all('r1', 10), all('r2', 10), all('r3', 10)]);
    expect(d.status).toBe('eligible');
    expect(d.award?.amount).toBe(yuan(5_000_000));
  });

  it('给予单个最高500万元资助: score 84 → 80% = 4,000,000 yuan', () => {
    // r1 9,9,8,8,7 → (225+225+160+160+70)/10 = 84; r2 all 8 → 80; r3 all 9 → 90.
    // Trimmed mean drops 90 and 80 → 84 → the 80 band: 5,000,000 yuan × 80% = 4,000,000 yuan.
    const d = evaluate(application(), [review('r1', [9, 9, 8, 8, 7]), all('r2', 8), all('r3', 9)]);
    expect(d.score?.total).toBe(84);
    expect(d.award?.amount).toBe(yuan(4_000_000));
  });

  it('给予单个最高500万元资助: score 70 → 60% = 3,000,000 yuan', () => {
    // Every reviewer 7 everywhere → 70 → the 70 band: 5,000,000 yuan × 60% = 3,000,000 yuan.
    const d = evaluate(application(), [all('r1', 7), all('r2', 7), all('r3', 7)]);
    expect(d.award?.amount).toBe(yuan(3_000_000));
  });

  it('给予单个最高500万元资助: before review the amount is 0 to 5,000,000 yuan', () => {
    const d = evaluate(application());
    expect(d.status).toBe('eligible');
    expect(d.award?.amount).toBeNull();
    expect(d.award?.range).toEqual({ min: 0, max: yuan(5_000_000) });
  });

  it('鼓励大学、科研院所和企业建设人工智能领域重点实验室: another kind of applicant is ineligible (applicant-kind)', () => {
    const d = evaluate(application({ 'applicant.kind': 'other', 'applicant.creditCode': '52440300MA5F00004L' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['applicant-kind']);
  });

  it('建设人工智能领域重点实验室: a laboratory in another field is ineligible (ai-domain)', () => {
    const d = evaluate(application({ 'laboratory.domain': 'other' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['ai-domain']);
  });

  it('对批准组建的市重点实验室: a laboratory approved after the date of application is ineligible (approved-before-applying)', () => {
    const d = evaluate(application({ 'laboratory.approvedOn': '2025-06-10' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['approved-before-applying']);
  });

  it('对批准组建的市重点实验室: approved more than 24 months before applying is no longer new (newly-approved, implementation-rule default)', () => {
    // 2023-06-01 → 2025-06-01 is 24 whole months: still within the default 24 months.
    expect(evaluate(application({ 'laboratory.approvedOn': '2023-06-01' })).status).toBe('eligible');
    // 2023-03-20 → 2025-06-01 is 26 whole months.
    const d = evaluate(application({ 'laboratory.approvedOn': '2023-03-20' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['newly-approved']);
  });
});
