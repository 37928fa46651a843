import { UNKNOWN } from '../expression/expression.types';
import { scoreApplication, type Rubric } from './rubric';

const rubric = (method: Rubric['combine']['method'], minReviewers = 1): Rubric => ({
  criteria: [
    { code: 'novelty', label: { 'zh-CN': '创新性', en: 'Novelty' }, description: { 'zh-CN': '创新', en: 'Novelty' }, weight: 60 },
    { code: 'impact', label: { 'zh-CN': '影响力', en: 'Impact' }, description: { 'zh-CN': '影响', en: 'Impact' }, weight: 40 },
  ],
  scale: { min: 0, max: 10 },
  combine: { method, minReviewers },
});

const review = (reviewer: string, novelty: number, impact: number) => ({ reviewer, scores: { novelty, impact } });

describe('rubric scores', () => {
  it('weights each criterion and scales a reviewer total to 0–100', () => {
    // 60 × 9 / 10 + 40 × 7 / 10 = 54 + 28 = 82
    expect(scoreApplication(rubric('mean'), [review('a', 9, 7)]).score).toBe(82);
  });

  it('combines reviewers by mean, median, or a mean without the extremes', () => {
    const reviews = [review('a', 10, 10), review('b', 8, 8), review('c', 7, 7), review('d', 2, 2)];
    // totals 100, 80, 70, 20
    expect(scoreApplication(rubric('mean'), reviews).score).toBe(67.5);
    expect(scoreApplication(rubric('median'), reviews).score).toBe(75);
    expect(scoreApplication(rubric('trimmed-mean'), reviews).score).toBe(75);
  });

  it('waits for the minimum number of reviewers', () => {
    const result = scoreApplication(rubric('mean', 3), [review('a', 9, 9)]);
    expect(result.score).toBe(UNKNOWN);
    expect(result.message.en).toContain('1 of at least 3');
  });

  it('rejects a score off the scale or for an unknown criterion, naming it by pointer', () => {
    const result = scoreApplication(rubric('mean'), [{ reviewer: 'a', scores: { novelty: 11, impact: 5, charm: 3 } }]);
    expect(result.issues.map((i) => i.pointer)).toEqual(['/scores/0/scores/novelty', '/scores/0/scores/charm']);
  });
});
