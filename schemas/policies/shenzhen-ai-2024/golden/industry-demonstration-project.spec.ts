import path from 'node:path';
import { failedRules, goldenMeasure, reviewers, yuan } from '../../../testing/golden';

// Golden tests of clause (五), demonstration projects. 具有推广价值 is a reviewers' judgement: the
// capped share is a maximum and the score band sets the award (default bands 90+ 100%, 80+ 80%,
// 70+ 60%, 60+ 40%, as for benchmark projects). Expected amounts are worked out by hand.
const { application, evaluate } = goldenMeasure(path.resolve(__dirname, '..'), 'industry-demonstration-project', '2025-09-01');
const { all } = reviewers(['promotion-value', 'innovation', 'results', 'investment-soundness']);
const top = [all('r1', 9), all('r2', 9), all('r3', 9)];

describe('（五）支持人工智能行业应用：示范应用项目', () => {
  it('按不超过项目建设主体实际投入的30%，给予最高200万元资助: 5,200,000 yuan invested → 1,560,000 yuan', () => {
    // 5,200,000 yuan × 30% = 1,560,000 yuan (below the 2,000,000 yuan cap).
    // Score 90 → 100% of it.
    const d = evaluate(application(), top);
    expect(d.status).toBe('eligible');
    expect(d.award?.amount).toBe(yuan(1_560_000));
  });

  it('给予最高200万元资助: 9,000,000 yuan invested → capped at 2,000,000 yuan', () => {
    // 9,000,000 yuan × 30% = 2,700,000 yuan > 2,000,000 yuan → 2,000,000 yuan.
    const d = evaluate(application({ 'investment.actual': yuan(9_000_000) }), top);
    expect(d.award?.amount).toBe(yuan(2_000_000));
  });

  it('按不超过项目建设主体实际投入的30%: 3,333,333.33 yuan invested → 999,999 yuan (rounded down to the yuan)', () => {
    // 3,333,333.33 yuan × 30% = 999,999.999 yuan → 999,999 yuan.
    const d = evaluate(application({ 'investment.actual': 333_333_333 }), top);
    expect(d.award?.amount).toBe(yuan(999_999));
  });

  it('项目建设主体: an applicant that does not own the project is ineligible (project-owner)', () => {
    const d = evaluate(application({ 'application.isProjectOwner': false }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['project-owner']);
  });

  it('示范应用项目……实际投入: a project not yet in use on the date of application is ineligible (in-use)', () => {
    const d = evaluate(application({ 'application.goLiveDate': '2025-10-01' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['in-use']);
  });

  it('对具有推广价值的示范应用项目: before review the award is 0 to 1,560,000 yuan; score 70 → 60% = 936,000 yuan', () => {
    // 5,200,000 yuan × 30% = 1,560,000 yuan, the maximum; × 60% = 936,000 yuan.
    expect(evaluate(application()).award?.range).toEqual({ min: 0, max: yuan(1_560_000) });
    expect(evaluate(application(), [all('r1', 7), all('r2', 7), all('r3', 7)]).award?.amount).toBe(yuan(936_000));
  });

  it('对具有推广价值的示范应用项目: score 50 → not selected', () => {
    expect(evaluate(application(), [all('r1', 5), all('r2', 5), all('r3', 5)]).status).toBe('not-selected');
  });
});
