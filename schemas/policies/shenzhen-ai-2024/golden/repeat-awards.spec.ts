import path from 'node:path';
import { failedRules, goldenMeasure, yuan } from '../../../testing/golden';

// Issue 8, item 3: no double dipping (P1) and repeat awards. Each measure declares what identifies
// the thing it supports (x-identity), read from the form — a software copyright number, a product
// model and sales year, a laboratory's approval reference, a platform, a park — and how often the
// same thing may be supported (x-repeat). A funding record's projectRef holds that key.
const folder = path.resolve(__dirname, '..');
const software = goldenMeasure(folder, 'first-version-software', '2025-06-01');
const hardware = goldenMeasure(folder, 'ai-hardware-product', '2025-06-01');
const laboratory = goldenMeasure(folder, 'key-laboratory-evaluation', '2025-06-01');
const platform = goldenMeasure(folder, 'existing-service-platform', '2025-06-01');
const park = goldenMeasure(folder, 'ai-software-park', '2025-06-01');
const corpus = goldenMeasure(folder, 'open-corpus-reward', '2025-09-01');
const ecosystem = goldenMeasure(folder, 'domestic-ecosystem-adaptation', '2025-09-15');

describe('P1 and repeat awards: the same thing is not paid twice', () => {
  it('（八）本措施与我市市级层面其他同类优惠措施不得重复享受: a first-version software (no project in its form) already rewarded under its copyright number is refused', () => {
    const history = [software.award({ amount: yuan(3_000_000), date: '2025-02-01', projectRef: '2025SR0412345' })];
    const d = software.evaluateWith(software.application(), { history });
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['P1-exclusivity']);
  });

  it('（八）不得重复享受: an award for another copyright number does not block this one', () => {
    const history = [software.award({ amount: yuan(3_000_000), date: '2025-02-01', projectRef: '2024SR0999999' })];
    expect(software.evaluateWith(software.application(), { history }).status).toBe('eligible');
  });

  it('（七）对销售量达到一定规模的年度爆款产品: the same model is rewarded once for 2024, and may be again for 2025', () => {
    const history = [hardware.award({ amount: yuan(3_000_000), date: '2025-03-01', projectRef: 'SB-T5 Pro / 2024' })];
    const again = hardware.evaluateWith(hardware.application(), { history });
    expect(again.status).toBe('ineligible');
    expect(failedRules(again)).toEqual(['repeat-award']);
    const nextYear = hardware.evaluateWith(hardware.application({ 'sales.year': 2025 }), { history, asOf: '2026-03-01' });
    expect(failedRules(nextYear)).toEqual([]);
  });

  it('（十三）每三年开展周期评估: a laboratory rewarded 28 months ago is in the same cycle; 36 months ago is the previous one', () => {
    // 2023-01-10 → 2025-06-01 is 28 whole months (< 36): refused. 2022-06-01 → 2025-06-01 is 36 months: a new cycle.
    const recent = [laboratory.award({ amount: yuan(3_000_000), date: '2023-01-10', projectRef: '深科技创新〔2021〕112号' })];
    expect(failedRules(laboratory.evaluateWith(laboratory.application(), { history: recent }))).toEqual(['repeat-award']);
    const previousCycle = [laboratory.award({ amount: yuan(3_000_000), date: '2022-06-01', projectRef: '深科技创新〔2021〕112号' })];
    expect(failedRules(laboratory.evaluateWith(laboratory.application(), { history: previousCycle }))).toEqual([]);
  });

  it('（十二）按不超过其上一年度审定运营费用的30%: an existing platform paid in 2025 can be paid again in budget year 2026, but not twice in 2025', () => {
    const paid2025 = [platform.award({ amount: yuan(2_460_000), date: '2025-03-01', projectRef: '深圳人工智能开源社区' })];
    const sameYear = platform.evaluateWith(platform.application(), { history: paid2025 });
    expect(failedRules(sameYear)).toEqual(['P1-exclusivity', 'repeat-award']);
    // 2026: the 2025 operating costs, 8,200,000 yuan approved × 30% = 2,460,000 yuan.
    const next = platform.application({ 'operation.periodStart': '2025-01-01', 'operation.periodEnd': '2025-12-31' });
    const nextYear = platform.evaluateWith(next, { history: paid2025, asOf: '2026-03-01' });
    expect(nextYear.status).toBe('eligible');
    expect(nextYear.award?.amount).toBe(yuan(2_460_000));
  });

  it('（十四）对经认定的园区给予园区运营主体200万元奖励: the recognition reward is paid once per park', () => {
    const history = [park.award({ amount: yuan(2_000_000), date: '2025-05-20', projectRef: '深工信〔2025〕102号 / recognition' })];
    const d = park.evaluateWith(park.application(), { history });
    expect(failedRules(d)).toEqual(['repeat-award']);
    expect(d.rules.find((r) => r.code === 'repeat-award')?.reason?.['zh-CN']).toContain('同一园区的认定奖励');
  });

  it('（三）按照语料年度共享使用情况，给予每个数源单位最高100万元奖励: the same dataset is rewarded once a budget year', () => {
    const paid = [corpus.award({ amount: yuan(300_000), date: '2025-03-01', projectRef: 'SZOD-DS-2024-01877' })];
    expect(failedRules(corpus.evaluateWith(corpus.application(), { history: paid }))).toEqual(['repeat-award']);
  });

  it('（十）对…迁移和适配服务所产生的费用: the fees of one service contract are supported once', () => {
    const paid = [ecosystem.award({ amount: yuan(1_200_000), date: '2025-06-01', projectRef: 'SZAIEC-2025-0147' })];
    expect(failedRules(ecosystem.evaluateWith(ecosystem.application(), { history: paid }))).toEqual(['repeat-award']);
  });
});
