import path from 'node:path';
import { failedRules, goldenMeasure, reviewers, yuan } from '../../../testing/golden';

// Golden tests of clause (十三), the three-yearly evaluation of established municipal key
// laboratories: good or excellent → up to 3,000,000 yuan. Version 2024.1 sets the amount from the
// reviewers' score with the default bands (90+ 100%, 80+ 80%, 70+ 60%, 60+ 40%). Rubric weights:
// research-output 30, talent 20, open-sharing 20, transfer 15, management 15, scale 0–10,
// trimmed mean of at least 3 reviewers. Amounts are worked out by hand.
const { application, evaluate } = goldenMeasure(path.resolve(__dirname, '..'), 'key-laboratory-evaluation', '2025-06-01');
const { review, all } = reviewers(['research-output', 'talent', 'open-sharing', 'transfer', 'management']);

describe('（十三）建设人工智能重点实验室: 周期评估', () => {
  it('评估结果为良好或优秀的，给予最高300万元奖励: excellent, score 100 → 3,000,000 yuan', () => {
    // Every reviewer 10 everywhere → 100 → the 90 band: 100% of 3,000,000 yuan.
    const d = evaluate(application(), [all('r1', 10), all('r2', 10), all('r3', 10)]);
    expect(d.status).toBe('eligible');
    expect(d.award?.amount).toBe(yuan(3_000_000));
  });

  it('评估结果为良好或优秀的，给予最高300万元奖励: good, score 80 → 80% = 2,400,000 yuan', () => {
    // Totals 80, 80, 90 → trimmed mean 80 → the 80 band: 3,000,000 yuan × 80% = 2,400,000 yuan.
    const d = evaluate(application({ 'evaluation.result': 'good' }), [all('r1', 8), all('r2', 8), all('r3', 9)]);
    expect(d.status).toBe('eligible');
    expect(d.award?.amount).toBe(yuan(2_400_000));
  });

  it('给予最高300万元奖励: excellent, score 74.5 → 60% = 1,800,000 yuan', () => {
    // r1 all 7 → 70; r2 all 8 → 80; r3 8,7,7,8,7 → (240+140+140+120+105)/10 = 74.5.
    // Trimmed mean drops 80 and 70 → 74.5 → the 70 band: 3,000,000 yuan × 60% = 1,800,000 yuan.
    const d = evaluate(application(), [all('r1', 7), all('r2', 8), review('r3', [8, 7, 7, 8, 7])]);
    expect(d.score?.total).toBe(74.5);
    expect(d.award?.amount).toBe(yuan(1_800_000));
  });

  it('给予最高300万元奖励: before review the amount is 0 to 3,000,000 yuan', () => {
    const d = evaluate(application({ 'evaluation.result': 'good' }));
    expect(d.award?.amount).toBeNull();
    expect(d.award?.range).toEqual({ min: 0, max: yuan(3_000_000) });
  });

  it('鼓励大学、科研院所和企业建设人工智能领域重点实验室: another kind of applicant is ineligible (applicant-kind)', () => {
    const d = evaluate(application({ 'applicant.kind': 'other', 'applicant.creditCode': '52440300MA5F00004L' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['applicant-kind']);
  });

  it('人工智能领域重点实验室: a laboratory in another field is ineligible (ai-domain)', () => {
    const d = evaluate(application({ 'laboratory.domain': 'other' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['ai-domain']);
  });

  it('评估结果为良好或优秀的: rated pass (合格) or fail is ineligible (result-good-or-excellent)', () => {
    for (const result of ['pass', 'fail']) {
      const d = evaluate(application({ 'evaluation.result': result }));
      expect(d.status).toBe('ineligible');
      expect(failedRules(d)).toEqual(['result-good-or-excellent']);
    }
  });

  it('对已建成的市重点实验室，每三年开展周期评估: evaluated before a full three-year cycle is ineligible (full-cycle)', () => {
    // Approved 2022-11-05, evaluated 2025-04-18: 29 whole months < 36.
    const d = evaluate(application({ 'laboratory.approvedOn': '2022-11-05' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['full-cycle']);
  });

  it('评估结果为良好或优秀的: a result published after the date of application is ineligible (evaluated-before-applying)', () => {
    const d = evaluate(application({ 'evaluation.evaluatedOn': '2025-06-10' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['evaluated-before-applying']);
  });
});
