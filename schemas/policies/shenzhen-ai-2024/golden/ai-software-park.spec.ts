import path from 'node:path';
import type { ReviewerScores } from '@pioneer/engine';
import { failedRules, goldenMeasure, yuan } from '../../../testing/golden';

// Golden tests of clause (十四), AI software parks: fixed amounts (the text does not say 最高):
// 2,000,000 yuan to the operator of a recognised park, 500,000 yuan for an excellent assessment.
const { application, evaluate } = goldenMeasure(path.resolve(__dirname, '..'), 'ai-software-park', '2025-06-01');
const EXCELLENT = { stage: 'excellent-assessment', assessment: { year: 2025, result: 'excellent', resultReference: '深工信〔2026〕15号' } };

describe('（十四）推动产业集聚发展: 人工智能特色软件名园', () => {
  it('对经认定的园区给予园区运营主体200万元奖励: a recognised park → 2,000,000 yuan', () => {
    const d = evaluate(application());
    expect(d.status).toBe('eligible');
    expect(d.award?.amount).toBe(yuan(2_000_000));
  });

  it('给予园区运营主体200万元奖励: a fixed amount, which the review score does not change', () => {
    // Every reviewer 6 everywhere → 60; the amount is fixed (upTo false): still 2,000,000 yuan.
    const six = (reviewer: string): ReviewerScores => ({
      reviewer,
      scores: { clustering: 6, 'operator-capacity': 6, services: 6, growth: 6 },
    });
    const d = evaluate(application(), [six('r1'), six('r2'), six('r3')]);
    expect(d.award?.amount).toBe(yuan(2_000_000));
  });

  it('对考核获评优秀的园区给予50万元奖励: rated excellent → 500,000 yuan', () => {
    const d = evaluate(application(EXCELLENT), [], '2026-03-01');
    expect(d.status).toBe('eligible');
    expect(d.award?.amount).toBe(yuan(500_000));
  });

  it('给予园区运营主体: an applicant that is not the park operator is ineligible (applicant-kind)', () => {
    const d = evaluate(application({ 'applicant.kind': 'enterprise' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['applicant-kind']);
  });

  it('推动人工智能方向特色软件名园建设: a park with another focus is ineligible (ai-direction)', () => {
    const d = evaluate(application({ 'park.direction': 'other' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['ai-direction']);
  });

  it('对经认定的园区: a park recognised after the date of application is ineligible (park-recognised)', () => {
    const d = evaluate(application({ 'park.recognisedOn': '2025-06-10' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['park-recognised']);
  });

  it('对考核获评优秀的园区: rated good, or without an assessment, is ineligible for the excellence reward (assessment-excellent)', () => {
    const good = evaluate(application({ ...EXCELLENT, assessment: { ...EXCELLENT.assessment, result: 'good' } }), [], '2026-03-01');
    expect(good.status).toBe('ineligible');
    expect(failedRules(good)).toEqual(['assessment-excellent']);
    const none = evaluate(application({ stage: 'excellent-assessment' }), [], '2026-03-01');
    expect(none.status).toBe('ineligible');
    expect(failedRules(none)).toEqual(['assessment-excellent']);
  });
});
