import path from 'node:path';
import { failedRules, goldenMeasure, traceText, yuan } from '../../../testing/golden';

// Golden tests of Article 2 of the fictional district overlay: 40% of the rent paid, at most
// 35 yuan per m² per month, at most 1,200,000 yuan per company. The per-unit limit is
// 35 yuan × area × months (the expression language's '*': money × integers, exact fen).
// Amounts are worked out by hand.
const { application, evaluate } = goldenMeasure(path.resolve(__dirname, '..'), 'office-rent-subsidy', '2025-09-01');

describe('第二条 按实际支付租金的40%给予补贴，补贴标准每平方米每月不超过35元，单家企业最高120万元', () => {
  it('每平方米每月不超过35元 binds: 600,000 yuan rent for 500 m² × 12 months → 210,000 yuan, not 240,000', () => {
    // 600,000 yuan × 40% = 240,000 yuan; limit 35 yuan × 500 m² × 12 months = 210,000 yuan → 210,000 yuan.
    const d = evaluate(application());
    expect(d.status).toBe('eligible');
    expect(d.award?.amount).toBe(yuan(210_000));
    expect(traceText(d, 'en').join('\n')).toContain('600,000 yuan × 40% = 240,000 yuan');
  });

  it('按实际支付租金的40%: 400,000 yuan rent for the same lease → 160,000 yuan (below the per-unit limit)', () => {
    // 400,000 yuan × 40% = 160,000 yuan < 210,000 yuan (per-unit limit) → 160,000 yuan.
    expect(evaluate(application({ 'lease.rentPaid': yuan(400_000) })).award?.amount).toBe(yuan(160_000));
  });

  it('按实际支付租金的40%: 123,456.78 yuan rent → 49,382 yuan (rounded down to the yuan)', () => {
    // 123,456.78 yuan × 40% = 49,382.712 yuan → 49,382 yuan; the per-unit limit (210,000 yuan) does not bind.
    expect(evaluate(application({ 'lease.rentPaid': 12_345_678 })).award?.amount).toBe(yuan(49_382));
  });

  it('单家企业最高120万元 binds before the per-unit limit: 4,000,000 yuan rent for 3,000 m² × 12 months → 1,200,000 yuan', () => {
    // 4,000,000 yuan × 40% = 1,600,000 yuan; per-unit limit 35 × 3,000 × 12 = 1,260,000 yuan; cap 1,200,000 yuan → 1,200,000 yuan.
    const d = evaluate(application({ 'lease.rentPaid': yuan(4_000_000), 'lease.area': 3000 }));
    expect(d.award?.amount).toBe(yuan(1_200_000));
  });

  it('每平方米每月: fewer months lower the limit: 600,000 yuan for 500 m² × 6 months → 105,000 yuan', () => {
    // Limit 35 yuan × 500 m² × 6 months = 105,000 yuan < 240,000 yuan → 105,000 yuan.
    expect(evaluate(application({ 'lease.months': 6 })).award?.amount).toBe(yuan(105_000));
  });

  it('人工智能企业: a university is not a company (applicant-kind); a lease starting after the application is refused (lease-started)', () => {
    expect(failedRules(evaluate(application({ 'applicant.kind': 'university' })))).toEqual(['applicant-kind']);
    expect(failedRules(evaluate(application({ 'lease.startDate': '2025-10-01' })))).toEqual(['lease-started']);
  });
});
