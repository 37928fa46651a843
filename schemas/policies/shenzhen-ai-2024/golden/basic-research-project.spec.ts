import path from 'node:path';
import { failedRules, goldenMeasure, reviewers, yuan, traceText } from '../../../testing/golden';

// Golden tests of clause (九), basic research projects. The text gives each grade's maximum
// (major 10,000,000, key 3,000,000, general 600,000 yuan); version 2024.1 sets the amount within
// it from the reviewers' score with the default bands (90+ 100%, 80+ 80%, 70+ 60%, 60+ 40%).
// Rubric weights: scientific-value 30, innovation 25, feasibility 20, team 15, direction-fit 10,
// scale 0–10, trimmed mean of at least 3 reviewers. Amounts are worked out by hand.
const { application, evaluate } = goldenMeasure(path.resolve(__dirname, '..'), 'basic-research-project', '2025-06-01');
const { review, all } = reviewers(['scientific-value', 'innovation', 'feasibility', 'team', 'direction-fit']);

describe('（九）加大基础研究和技术攻关支持力度: 基础研究项目', () => {
  it('对基础研究重大项目、重点项目、面上项目分别给予最高1000万元、300万元、60万元的资助: key project, score 100 → 3,000,000 yuan', () => {
    // Every reviewer 10 on every criterion → 100 → the 90 band, 100% of 3,000,000 yuan.
    const d = evaluate(application(), [all('r1', 10), all('r2', 10), all('r3', 10)]);
    expect(d.status).toBe('eligible');
    expect(d.score?.total).toBe(100);
    expect(d.award?.amount).toBe(yuan(3_000_000));
  });

  it('对基础研究重大项目、重点项目、面上项目分别给予最高1000万元、300万元、60万元的资助: major project, score 80 → 80% = 8,000,000 yuan', () => {
    // Totals 80, 90, 80; the trimmed mean drops 90 and one 80 → 80 → the 80 band:
    // 10,000,000 yuan × 80% = 8,000,000 yuan.
    const app = application({
      'research.grade': 'major',
      'budget.total': yuan(15_000_000),
      'budget.requested': yuan(10_000_000),
      'budget.selfFunded': yuan(5_000_000),
    });
    const d = evaluate(app, [all('r1', 8), all('r2', 9), all('r3', 8)]);
    expect(d.status).toBe('eligible');
    expect(d.score?.total).toBe(80);
    expect(d.award?.amount).toBe(yuan(8_000_000));
  });

  it('对基础研究重大项目、重点项目、面上项目分别给予最高1000万元、300万元、60万元的资助: general project, four reviewers, score 70.5 → 60% = 360,000 yuan', () => {
    // r1 all 7 → 70; r2 8,7,6,7,7 → (240+175+120+105+70)/10 = 71; r3 all 6 → 60; r4 all 9 → 90.
    // Trimmed mean drops 90 and 60: (70 + 71) / 2 = 70.5 → the 70 band: 600,000 yuan × 60% = 360,000 yuan.
    const app = application({
      'research.grade': 'general',
      'budget.total': yuan(800_000),
      'budget.requested': yuan(600_000),
      'budget.selfFunded': yuan(200_000),
    });
    const d = evaluate(app, [all('r1', 7), review('r2', [8, 7, 6, 7, 7]), all('r3', 6), all('r4', 9)]);
    expect(d.score?.total).toBe(70.5);
    expect(d.award?.amount).toBe(yuan(360_000));
  });

  it('分别给予最高1000万元、300万元、60万元的资助: key project, score exactly 60 → 40% = 1,200,000 yuan', () => {
    // Every reviewer 6 everywhere → 60 → the 60 band: 3,000,000 yuan × 40% = 1,200,000 yuan.
    const d = evaluate(application(), [all('r1', 6), all('r2', 6), all('r3', 6)]);
    expect(d.award?.amount).toBe(yuan(1_200_000));
  });

  it('分别给予最高1000万元、300万元、60万元的资助: key project, score 50 is below the lowest band → not selected, not "eligible, 0 yuan"', () => {
    const d = evaluate(application(), [all('r1', 5), all('r2', 5), all('r3', 5)]);
    expect(d.score?.total).toBe(50);
    expect(d.status).toBe('not-selected');
    expect(d.award).toBeNull();
    expect(traceText(d)).toContain('评分 50 低于最低档 60 分，未入选');
  });

  it('最高1000万元、300万元、60万元: before review a key project may get 0 to 3,000,000 yuan', () => {
    const d = evaluate(application());
    expect(d.status).toBe('eligible');
    expect(d.award?.amount).toBeNull();
    expect(d.award?.range).toEqual({ min: 0, max: yuan(3_000_000) });
  });

  it('开展基础研究和技术攻关: an applicant that is not an enterprise, university or research institute is ineligible (applicant-kind)', () => {
    const d = evaluate(application({ 'applicant.kind': 'other', 'applicant.creditCode': '52440300MA5F00004L' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['applicant-kind']);
  });

  it('聚焦人工智能的数学原理、基础架构、核心算法等前沿方向和具身智能、自动驾驶、人工智能芯片等重点领域: the list ends in 等: another direction is referred to the reviewers, not refused (focus-direction)', () => {
    const d = evaluate(application({ 'research.direction': 'other' }));
    expect(d.status).toBe('eligible');
    expect(failedRules(d)).toEqual([]);
    const rule = d.rules.find((r) => r.code === 'focus-direction');
    expect(rule?.passed).toBeNull();
    expect(rule?.reason?.['zh-CN']).toContain('由评审专家认定');
  });

  it('开展基础研究和技术攻关: a project ending before it starts is ineligible (project-period)', () => {
    const d = evaluate(application({ 'research.startDate': '2028-07-01', 'research.endDate': '2028-06-30' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['project-period']);
  });

  it('分别给予最高1000万元、300万元、60万元的资助: asking for more than the project budget is ineligible (request-within-budget)', () => {
    // 3,000,000 yuan requested against a 2,000,000 yuan budget (the key maximum itself is respected).
    const d = evaluate(application({ 'budget.total': yuan(2_000_000), 'budget.selfFunded': 0 }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['request-within-budget']);
  });

  it('面上项目分别给予最高1000万元、300万元、60万元的资助: asking 3,000,000 yuan for a general project is ineligible (request-within-grade)', () => {
    const d = evaluate(application({ 'research.grade': 'general' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['request-within-grade']);
  });
});

describe('（九）分别给予最高1000万元、300万元、60万元的资助: never more than the project asked for', () => {
  it('最高300万元: a key project asking 2,000,000 yuan, score 80 → min(2,000,000, 3,000,000) × 80% = 1,600,000 yuan', () => {
    // Totals 80, 80, 80 → 80 → the 80 band; the base is the 2,000,000 yuan asked, not the 3,000,000 maximum.
    const app = application({ 'budget.total': yuan(3_000_000), 'budget.requested': yuan(2_000_000), 'budget.selfFunded': yuan(1_000_000) });
    const d = evaluate(app, [all('r1', 8), all('r2', 8), all('r3', 8)]);
    expect(d.status).toBe('eligible');
    expect(d.award?.amount).toBe(yuan(1_600_000));
    expect(traceText(d)).toContain('申请市财政资助 200万元 低于重点项目最高额度 300万元，以申请金额为准');
  });

  it('最高300万元: before review, a key project asking 2,000,000 yuan may get 0 to 2,000,000 yuan', () => {
    const app = application({ 'budget.total': yuan(3_000_000), 'budget.requested': yuan(2_000_000), 'budget.selfFunded': yuan(1_000_000) });
    expect(evaluate(app).award?.range).toEqual({ min: 0, max: yuan(2_000_000) });
  });
});
