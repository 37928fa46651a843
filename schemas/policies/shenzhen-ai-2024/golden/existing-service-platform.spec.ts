import path from 'node:path';
import { failedRules, goldenMeasure, yuan } from '../../../testing/golden';

// Golden tests of clause (十二), existing platforms: min(30% × the previous year's approved
// operating costs, 5,000,000 yuan), rounded down to the yuan. Amounts are worked out by hand.
const { application, evaluate } = goldenMeasure(path.resolve(__dirname, '..'), 'existing-service-platform', '2025-06-01');

describe('（十二）建设公共技术服务平台: 已建平台', () => {
  it('对符合条件的已建平台，按不超过其上一年度审定运营费用的30%，给予最高500万元资助: 8,200,000 yuan → 2,460,000 yuan', () => {
    // 2024 operating costs: declared 8,800,000 yuan, approved 8,200,000 yuan.
    // 8,200,000 yuan × 30% = 2,460,000 yuan (below the cap).
    const d = evaluate(application());
    expect(d.status).toBe('eligible');
    expect(d.award?.amount).toBe(yuan(2_460_000));
    expect(d.award?.rateBasisPoints).toBe(3000);
  });

  it('按不超过其上一年度审定运营费用的30%: 3,333,333.33 yuan → 999,999 yuan (rounded down to the yuan)', () => {
    // 3,333,333.33 yuan × 30% = 999,999.999 yuan → 999,999 yuan.
    const d = evaluate(application({ 'operation.approvedCost': 333_333_333 }));
    expect(d.award?.amount).toBe(yuan(999_999));
  });

  it('给予最高500万元资助: 20,000,000 yuan approved → capped at 5,000,000 yuan', () => {
    // 20,000,000 yuan × 30% = 6,000,000 yuan > 5,000,000 yuan → 5,000,000 yuan.
    const d = evaluate(application({ 'operation.declaredCost': yuan(21_000_000), 'operation.approvedCost': yuan(20_000_000) }));
    expect(d.award?.amount).toBe(yuan(5_000_000));
  });

  it('配置通用模型库等产业链上下游资源并开放共享: a platform that does not share openly is ineligible (open-sharing)', () => {
    const d = evaluate(application({ 'platform.openlyShared': false }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['open-sharing']);
  });

  it('对符合条件的已建平台: a platform that opened during the year claimed is ineligible (built-before-period)', () => {
    // Operating since 2024-03-01, after the 2024 operating year began.
    const d = evaluate(application({ 'platform.operatingSince': '2024-03-01' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['built-before-period']);
  });

  it('其上一年度审定运营费用: costs of 2023 claimed on 2025-06-01 are ineligible (previous-year)', () => {
    // 2023-12-31 → 2025-06-01 is 17 whole months: not the previous year.
    const d = evaluate(application({ 'operation.periodStart': '2023-01-01', 'operation.periodEnd': '2023-12-31' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['previous-year']);
  });

  it('其上一年度审定运营费用: a year that has not ended yet is ineligible (previous-year)', () => {
    const d = evaluate(application({ 'operation.periodStart': '2025-01-01', 'operation.periodEnd': '2025-12-31' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['previous-year']);
  });

  it('审定运营费用: approved costs above the declared costs are ineligible (approved-within-declared)', () => {
    const d = evaluate(application({ 'operation.approvedCost': yuan(9_000_000) }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['approved-within-declared']);
  });
});

describe('（十二）按不超过其上一年度审定运营费用的30%: one year of costs, the previous year', () => {
  it('上一年度审定运营费用: eighteen months of costs (2023-07-01 to 2024-12-31) are refused with the reason', () => {
    const d = evaluate(application({ 'operation.periodStart': '2023-07-01', 'operation.periodEnd': '2024-12-31' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['one-year-of-costs']);
    expect(d.rules.find((r) => r.code === 'one-year-of-costs')?.reason?.['zh-CN']).toContain('不得超过一年或跨年度');
  });

  it('上一年度: costs of 2024-07-01 to 2025-05-31 claimed on 2025-06-01 span two years and are not the previous year', () => {
    const d = evaluate(application({ 'operation.periodStart': '2024-07-01', 'operation.periodEnd': '2025-05-31' }));
    expect(failedRules(d)).toEqual(['one-year-of-costs', 'previous-year']);
  });

  it('上一年度审定运营费用的30%: half a year of 2024 (a platform opened mid-year) counts: 4,000,000 yuan approved → 1,200,000 yuan', () => {
    // 4,000,000 yuan × 30% = 1,200,000 yuan (below 5,000,000 yuan).
    const d = evaluate(
      application({
        'platform.operatingSince': '2024-07-01',
        'operation.periodStart': '2024-07-01',
        'operation.periodEnd': '2024-12-31',
        'operation.declaredCost': yuan(4_200_000),
        'operation.approvedCost': yuan(4_000_000),
      }),
    );
    expect(d.status).toBe('eligible');
    expect(d.award?.amount).toBe(yuan(1_200_000));
  });
});
