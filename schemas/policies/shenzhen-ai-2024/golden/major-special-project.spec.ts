import path from 'node:path';
import { failedRules, goldenMeasure, yuan } from '../../../testing/golden';

// Golden tests of clause (九), major S&T special projects and open-competition (揭榜挂帅)
// projects: min(50% × project investment, 30,000,000 yuan), rounded down to the yuan.
// Amounts are worked out by hand from the Chinese text.
const { application, evaluate } = goldenMeasure(path.resolve(__dirname, '..'), 'major-special-project', '2025-06-01');

describe('（九）加大基础研究和技术攻关支持力度: 科技重大专项和“揭榜挂帅”项目', () => {
  it('对科技重大专项和人工智能“揭榜挂帅”项目，按不超过项目投资额的50%，给予最高3000万元资助: 40,000,000 yuan → 20,000,000 yuan', () => {
    // 40,000,000 yuan × 50% = 20,000,000 yuan (below the 30,000,000 yuan cap).
    const d = evaluate(application());
    expect(d.status).toBe('eligible');
    expect(d.award?.amount).toBe(yuan(20_000_000));
    expect(d.award?.rateBasisPoints).toBe(5000);
  });

  it('对科技重大专项: a major special project, 12,345,678.91 yuan → 6,172,839 yuan (rounded down to the yuan)', () => {
    // 12,345,678.91 yuan × 50% = 6,172,839.455 yuan → 6,172,839 yuan.
    const d = evaluate(
      application({ 'programme.type': 'major-special-project', 'investment.total': 1_234_567_891, 'investment.selfFunded': 600_000_000 }),
    );
    expect(d.status).toBe('eligible');
    expect(d.award?.amount).toBe(yuan(6_172_839));
  });

  it('给予最高3000万元资助: 60,000,000 yuan → exactly the 30,000,000 yuan cap', () => {
    // 60,000,000 yuan × 50% = 30,000,000 yuan = the cap.
    const d = evaluate(application({ 'investment.total': yuan(60_000_000) }));
    expect(d.award?.amount).toBe(yuan(30_000_000));
  });

  it('给予最高3000万元资助: 100,000,000 yuan → capped at 30,000,000 yuan', () => {
    // 100,000,000 yuan × 50% = 50,000,000 yuan > 30,000,000 yuan → 30,000,000 yuan.
    const d = evaluate(application({ 'investment.total': yuan(100_000_000) }));
    expect(d.award?.amount).toBe(yuan(30_000_000));
  });

  it('开展基础研究和技术攻关: an applicant that is not an enterprise, university or research institute is ineligible (applicant-kind)', () => {
    const d = evaluate(application({ 'applicant.kind': 'other', 'applicant.creditCode': '52440300MA5F00004L' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['applicant-kind']);
  });

  it('聚焦人工智能的数学原理、基础架构、核心算法等前沿方向和具身智能、自动驾驶、人工智能芯片等重点领域: the list ends in 等: another direction is referred to the reviewers, not refused (focus-direction)', () => {
    const d = evaluate(application({ 'programme.direction': 'other' }));
    expect(d.status).toBe('eligible');
    expect(failedRules(d)).toEqual([]);
    const rule = d.rules.find((r) => r.code === 'focus-direction');
    expect(rule?.passed).toBeNull();
    expect(rule?.reason?.['zh-CN']).toContain('由评审专家认定');
  });

  it('对科技重大专项和人工智能“揭榜挂帅”项目: a project not yet approved on the date of application is ineligible (approved-before-applying)', () => {
    // Approved 2025-04-20; applying on 2025-04-01 comes before the approval.
    const d = evaluate(application(), [], '2025-04-01');
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['approved-before-applying']);
  });

  it('“揭榜挂帅”项目: a project ending before it starts is ineligible (project-period)', () => {
    const d = evaluate(application({ 'programme.startDate': '2027-05-01', 'programme.endDate': '2027-04-30' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['project-period']);
  });
});
