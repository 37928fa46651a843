import path from 'node:path';
import { failedRules, goldenMeasure, yuan } from '../../../testing/golden';

// Golden tests of clause (十二), new platforms: min(50% × the project's approved total
// investment, 20,000,000 yuan), rounded down to the yuan. Amounts are worked out by hand.
const { application, evaluate } = goldenMeasure(path.resolve(__dirname, '..'), 'new-service-platform', '2025-06-01');

describe('（十二）建设公共技术服务平台: 新建平台', () => {
  it('对符合条件的新建平台，按不超过项目审定总投入的50%，给予最高2000万元资助: 26,000,000 yuan approved → 13,000,000 yuan', () => {
    // Declared 28,500,000 yuan, approved 26,000,000 yuan: 26,000,000 × 50% = 13,000,000 yuan (below the cap).
    const d = evaluate(application());
    expect(d.status).toBe('eligible');
    expect(d.award?.amount).toBe(yuan(13_000_000));
    expect(d.award?.rateBasisPoints).toBe(5000);
  });

  it('按不超过项目审定总投入的50%: the approved, not the declared, investment counts: 7,777,777.77 yuan → 3,888,888 yuan', () => {
    // 7,777,777.77 yuan × 50% = 3,888,888.885 yuan → 3,888,888 yuan (rounded down to the yuan).
    const d = evaluate(application({ 'investment.approvedTotal': 777_777_777 }));
    expect(d.award?.amount).toBe(yuan(3_888_888));
  });

  it('给予最高2000万元资助: 40,000,000 yuan approved → exactly 20,000,000 yuan', () => {
    // 40,000,000 yuan × 50% = 20,000,000 yuan = the cap.
    const d = evaluate(application({ 'investment.declaredTotal': yuan(40_000_000), 'investment.approvedTotal': yuan(40_000_000) }));
    expect(d.award?.amount).toBe(yuan(20_000_000));
  });

  it('给予最高2000万元资助: 50,000,000 yuan approved → capped at 20,000,000 yuan', () => {
    // 50,000,000 yuan × 50% = 25,000,000 yuan > 20,000,000 yuan → 20,000,000 yuan.
    const d = evaluate(application({ 'investment.declaredTotal': yuan(52_000_000), 'investment.approvedTotal': yuan(50_000_000) }));
    expect(d.award?.amount).toBe(yuan(20_000_000));
  });

  it('配置通用模型库等产业链上下游资源并开放共享: a platform that does not share openly is ineligible (open-sharing)', () => {
    const d = evaluate(application({ 'platform.openlyShared': false }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['open-sharing']);
  });

  it('项目审定总投入: an approved investment above the declared investment is ineligible (approved-within-declared)', () => {
    const d = evaluate(application({ 'investment.approvedTotal': yuan(30_000_000) }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['approved-within-declared']);
  });

  it('新建平台: a construction completed before it started is ineligible (construction-period)', () => {
    const d = evaluate(application({ 'construction.startDate': '2025-03-01', 'construction.completionDate': '2025-02-28' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['construction-period']);
  });
});
