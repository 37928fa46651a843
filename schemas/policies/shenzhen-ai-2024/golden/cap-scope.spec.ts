import path from 'node:path';
import { failedRules, goldenMeasure, yuan, traceText } from '../../../testing/golden';

// Issue 8, item 2: whose cap it is. The text caps per enterprise (单家企业), per data-source unit
// (每个数源单位), per open-source owner (开源主体); the vouchers are issued every year (每年发放), so
// their per-enterprise caps run per budget year (an implementation-rule default). Earlier awards
// of the same measure, from the funding history given, are taken off the cap. Worked by hand.
const folder = path.resolve(__dirname, '..');
const corpus = goldenMeasure(folder, 'corpus-voucher-purchase', '2025-06-01');
const ecosystem = goldenMeasure(folder, 'domestic-ecosystem-adaptation', '2025-09-15');
const openSource = goldenMeasure(folder, 'open-source-reward', '2025-06-01');

describe('cap scopes: per application, project, applicant, budget year', () => {
  it('（十）单家企业最高300万元资助: 2,500,000 yuan already paid to the enterprise for another project leaves 500,000 yuan', () => {
    // 2,400,000 yuan borne × 50% = 1,200,000 yuan; 3,000,000 − 2,500,000 = 500,000 yuan left → 500,000 yuan.
    const history = [ecosystem.award({ amount: yuan(2_500_000), date: '2025-03-01', projectRef: 'HY-2025-MIG-01' })];
    const d = ecosystem.evaluateWith(ecosystem.application(), { history });
    expect(d.status).toBe('eligible');
    expect(d.award?.amount).toBe(yuan(500_000));
    expect(d.rules.find((r) => r.code === 'cap-scope')?.passed).toBe(true);
  });

  it('（十）单家企业最高300万元资助: the platform records count even when the applicant declares less (2,000,000 recorded, 1,000,000 declared)', () => {
    // Already received = max(2,000,000, 1,000,000) = 2,000,000 yuan; 3,000,000 − 2,000,000 = 1,000,000 yuan left.
    const history = [ecosystem.award({ amount: yuan(2_000_000), date: '2025-03-01', projectRef: 'HY-2025-MIG-01' })];
    const d = ecosystem.evaluateWith(ecosystem.application({ 'priorSupport.amount': yuan(1_000_000) }), { history });
    expect(d.award?.amount).toBe(yuan(1_000_000));
  });

  it('（三）按不超过合同金额的30%，给予最高200万元资助: 1,500,000 yuan received this budget year leaves 500,000 yuan', () => {
    // 3,600,000 yuan × 30% = 1,080,000 yuan; 2,000,000 − 1,500,000 = 500,000 yuan left in 2025 → 500,000 yuan.
    const history = [corpus.award({ amount: yuan(1_500_000), date: '2025-02-10', projectRef: 'YZ-LLM-2025-01' })];
    const d = corpus.evaluateWith(corpus.application(), { history });
    expect(d.award?.amount).toBe(yuan(500_000));
    expect(traceText(d)).toContain('按单家企业每个预算年度上限，资助额由 108万元 核减至 50万元');
  });

  it("（三）每年发放最高5000万元“语料券”: an award of the previous budget year does not use this year's cap", () => {
    // The 1,500,000 yuan was paid in 2024; in 2025 the whole 2,000,000 yuan cap is open → 1,080,000 yuan.
    const history = [corpus.award({ amount: yuan(1_500_000), date: '2024-12-20', projectRef: 'YZ-LLM-2024-09' })];
    expect(corpus.evaluateWith(corpus.application(), { history }).award?.amount).toBe(yuan(1_080_000));
  });

  it('（十一）给予开源主体最高100万元奖励: an owner already rewarded 1,000,000 yuan for another repository gets nothing more, with the reason', () => {
    const history = [openSource.award({ amount: yuan(1_000_000), date: '2025-01-20', projectRef: 'https://gitee.com/xinzhi-micro/other' })];
    const d = openSource.evaluateWith(openSource.application(), { history });
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['cap-scope']);
    expect(d.rules.find((r) => r.code === 'cap-scope')?.reason?.['zh-CN']).toBe('每个开源主体累计最高 100万元，已全部获得，不再资助');
  });

  it('单家企业最高300万元 / 每个数源单位最高100万元: the matcher and the catalogue say whose cap it is; per-application caps say nothing', () => {
    const results = ecosystem.policy.match({ applicant: ecosystem.application().applicant }, '2025-09-15');
    const scope = (code: string) => results.find((r) => r.measure === code)?.capScope?.['zh-CN'];
    expect(scope('domestic-ecosystem-adaptation')).toBe('单家企业累计最高 300万元');
    expect(scope('open-corpus-reward')).toBe('每个数源单位每个预算年度最高 100万元');
    expect(scope('compute-voucher')).toBeUndefined();
  });
});
