import path from 'node:path';
import { failedRules, goldenMeasure, reviewers, yuan } from '../../../testing/golden';

// Golden tests of clause (五), benchmark projects. The text raises the cap to 10,000,000 yuan and
// leaves the rate to the rules: version 2024.1 uses the documented default of 30% of the actual
// investment, capped, then the share of the reviewers' score band (90+ 100%, 80+ 80%, 70+ 60%,
// 60+ 40%). Rubric weights: leading-role 35, innovation 25, scale 25, replicability 15, scale 0–10,
// trimmed mean of at least 3 reviewers. Expected amounts are worked out by hand.
const { application, evaluate } = goldenMeasure(path.resolve(__dirname, '..'), 'industry-benchmark-project', '2025-09-01');
const { review } = reviewers(['leading-role', 'innovation', 'scale', 'replicability']);

describe('（五）支持人工智能行业应用：标杆应用项目', () => {
  it('对具有引领作用的标杆应用项目，可提高资助标准，给予最高1000万元资助: 28,000,000 yuan invested, score 88 → 6,720,000 yuan', () => {
    // Reviewer totals: all 9 → 90; all 10 → 100; all 8 → 80; 9,9,8,8 → (35×9+25×9+25×8+15×8)/10 = 86.
    // Trimmed mean drops 100 and 80: (90 + 86) / 2 = 88 → the 80 band, 80%.
    // 28,000,000 yuan × 30% = 8,400,000 yuan (below the cap); × 80% = 6,720,000 yuan.
    const d = evaluate(application(), [
      review('r1', [9, 9, 9, 9]),
      review('r2', [10, 10, 10, 10]),
      review('r3', [8, 8, 8, 8]),
      review('r4', [9, 9, 8, 8]),
    ]);
    expect(d.status).toBe('eligible');
    expect(d.score?.total).toBe(88);
    expect(d.award?.amount).toBe(yuan(6_720_000));
  });

  it('给予最高1000万元资助: 50,000,000 yuan invested, score 90 → capped at 10,000,000 yuan', () => {
    // 50,000,000 yuan × 30% = 15,000,000 yuan > 10,000,000 yuan → 10,000,000 yuan; score 90 → 100%.
    const d = evaluate(application({ 'investment.actual': yuan(50_000_000) }), [
      review('r1', [9, 9, 9, 9]),
      review('r2', [9, 9, 9, 9]),
      review('r3', [9, 9, 9, 9]),
    ]);
    expect(d.award?.amount).toBe(yuan(10_000_000));
  });

  it('给予最高1000万元资助: 40,000,000 yuan invested, score 70 → 60% of the 10,000,000 yuan cap = 6,000,000 yuan', () => {
    // 40,000,000 yuan × 30% = 12,000,000 yuan → capped at 10,000,000 yuan.
    // Totals 70, 80, 70; trimmed mean drops one 70 and the 80 → 70 → the 70 band, 60%: 6,000,000 yuan.
    const d = evaluate(application({ 'investment.actual': yuan(40_000_000) }), [
      review('r1', [7, 7, 7, 7]),
      review('r2', [8, 8, 8, 8]),
      review('r3', [7, 7, 7, 7]),
    ]);
    expect(d.score?.total).toBe(70);
    expect(d.award?.amount).toBe(yuan(6_000_000));
  });

  it('给予最高1000万元资助: before review the amount is open, 0 to 8,400,000 yuan', () => {
    // 28,000,000 yuan × 30% = 8,400,000 yuan, the most the score can give.
    const d = evaluate(application());
    expect(d.status).toBe('eligible');
    expect(d.award?.amount).toBeNull();
    expect(d.award?.range).toEqual({ min: 0, max: yuan(8_400_000) });
  });

  it('标杆应用项目（项目建设主体）: an applicant that does not own the project is ineligible (project-owner)', () => {
    const d = evaluate(application({ 'application.isProjectOwner': false }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['project-owner']);
  });

  it('标杆应用项目: a project not yet in use on the date of application is ineligible (in-use)', () => {
    const d = evaluate(application({ 'application.goLiveDate': '2025-09-02' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['in-use']);
  });
});
