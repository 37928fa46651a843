import path from 'node:path';
import { failedRules, goldenMeasure, yuan, traceText } from '../../../testing/golden';

// Golden tests of clause (十): the city and the district together pay min(50% × the fees the
// enterprise bears, 3,000,000 yuan per enterprise), the per-enterprise cap reduced by what the
// enterprise already received under this clause; rounded down to the yuan. The city pays
// cityShare (default 50%) of the award, rounded down to the yuan, and the district the rest.
// Amounts are worked out by hand from the Chinese text.
const { application, evaluate } = goldenMeasure(path.resolve(__dirname, '..'), 'domestic-ecosystem-adaptation', '2025-09-15');

describe('（十）加速培育人工智能国产生态', () => {
  it('费用中企业所承担的部分，市、区联合给予不超过50%: 2,400,000 yuan borne → 1,200,000 yuan', () => {
    // Service fee 3,600,000 yuan, of which the enterprise bears 2,400,000 yuan.
    // 2,400,000 yuan × 50% = 1,200,000 yuan (below the 3,000,000 yuan cap).
    const d = evaluate(application());
    expect(d.status).toBe('eligible');
    expect(d.award?.amount).toBe(yuan(1_200_000));
    expect(d.award?.rateBasisPoints).toBe(5000);
  });

  it('不超过50%: the base is the part the enterprise bears, not the whole fee: 1,000,001 yuan borne → 500,000 yuan', () => {
    // 1,000,001 yuan × 50% = 500,000.5 yuan → 500,000 yuan (rounded down to the yuan).
    const d = evaluate(application({ 'fees.enterpriseBorne': yuan(1_000_001) }));
    expect(d.award?.amount).toBe(yuan(500_000));
  });

  it('单家企业最高300万元资助: 6,000,000 yuan borne → exactly 3,000,000 yuan', () => {
    // 6,000,000 yuan × 50% = 3,000,000 yuan = the cap.
    const d = evaluate(application({ 'fees.total': yuan(6_000_000), 'fees.enterpriseBorne': yuan(6_000_000) }));
    expect(d.award?.amount).toBe(yuan(3_000_000));
  });

  it('单家企业最高300万元资助: 8,000,000 yuan borne → capped at 3,000,000 yuan', () => {
    // 8,000,000 yuan × 50% = 4,000,000 yuan > 3,000,000 yuan → 3,000,000 yuan.
    const d = evaluate(application({ 'fees.total': yuan(9_000_000), 'fees.enterpriseBorne': yuan(8_000_000) }));
    expect(d.award?.amount).toBe(yuan(3_000_000));
  });

  it('单家企业最高300万元资助: 2,000,000 yuan already received leaves 1,000,000 yuan of the cap', () => {
    // 2,400,000 yuan × 50% = 1,200,000 yuan; 3,000,000 − 2,000,000 = 1,000,000 yuan left → 1,000,000 yuan.
    const d = evaluate(application({ 'priorSupport.amount': yuan(2_000_000) }));
    expect(d.award?.amount).toBe(yuan(1_000_000));
  });

  it('单家企业最高300万元资助: an enterprise that already received 3,000,000 yuan gets nothing more', () => {
    // 3,000,000 − 3,000,000 = 0 yuan left.
    const d = evaluate(application({ 'priorSupport.amount': yuan(3_000_000) }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['cap-scope']);
    expect(d.award).toBeNull();
  });

  it('为企业提供模型应用迁移和适配服务: the applicant must be an enterprise (applicant-kind)', () => {
    const d = evaluate(application({ 'applicant.kind': 'research-institute', 'applicant.creditCode': '124403004557550007' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['applicant-kind']);
  });

  it('对符合条件的创新中心: a centre that is not a recognised innovation centre is ineligible (centre-qualified)', () => {
    const d = evaluate(application({ 'centre.qualified': false }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['centre-qualified']);
  });

  it('创新中心为企业实施模型应用迁移和适配服务: migration done by the enterprise itself is ineligible (centre-not-applicant)', () => {
    const d = evaluate(application({ 'centre.creditCode': '91440300MA5F00001A' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['centre-not-applicant']);
  });

  it('所产生的费用中企业所承担的部分: a borne part above the whole fee is ineligible (borne-within-fee)', () => {
    // 4,000,000 yuan claimed as borne out of a 3,600,000 yuan fee.
    const d = evaluate(application({ 'fees.enterpriseBorne': yuan(4_000_000) }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['borne-within-fee']);
  });

  it('实施模型应用迁移和适配服务: a service ending before it starts is ineligible (service-period)', () => {
    const d = evaluate(application({ 'service.startDate': '2025-09-01', 'service.endDate': '2025-08-31' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['service-period']);
  });
});

describe('（十）市、区联合给予: the city and district shares of each award', () => {
  it('市、区联合给予不超过50%: 1,200,000 yuan → city 50% = 600,000 yuan, district the rest 600,000 yuan', () => {
    const d = evaluate(application());
    expect(d.award?.shares).toEqual([
      { code: 'city', label: { 'zh-CN': '市级财政', en: 'City' }, amount: yuan(600_000) },
      { code: 'district', label: { 'zh-CN': '企业注册所在区财政', en: "The applicant's district" }, amount: yuan(600_000) },
    ]);
    expect(traceText(d)).toContain('资助分担：市级财政承担 50% = 60万元；企业注册所在区财政承担其余 60万元');
  });

  it('市、区联合给予: an odd award 1,234,567 yuan → city 617,283 yuan (rounded down), district 617,284 yuan; they add up', () => {
    // 2,469,135 yuan × 50% = 1,234,567.5 → 1,234,567 yuan; × 50% = 617,283.5 → 617,283 yuan; 1,234,567 − 617,283 = 617,284 yuan.
    const d = evaluate(application({ 'fees.total': yuan(3_000_000), 'fees.enterpriseBorne': yuan(2_469_135) }));
    expect(d.award?.amount).toBe(yuan(1_234_567));
    expect(d.award?.shares?.map((s) => s.amount)).toEqual([yuan(617_283), yuan(617_284)]);
  });
});
