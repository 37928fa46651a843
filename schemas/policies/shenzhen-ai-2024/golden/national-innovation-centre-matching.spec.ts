import path from 'node:path';
import { failedRules, goldenMeasure, yuan } from '../../../testing/golden';

// Golden tests of clause (十二), national industry innovation centres: matching of up to 1:1 of
// the national support. The text sets no amount cap; version 2024.1 uses the implementation-rule
// default of 50,000,000 yuan. Amounts are worked out by hand.
const { application, evaluate } = goldenMeasure(path.resolve(__dirname, '..'), 'national-innovation-centre-matching', '2025-06-01');

describe('（十二）建设公共技术服务平台: 国家产业创新中心配套', () => {
  it('对成功申报国家产业创新中心的，按照相关要求可给予最高1:1配套支持: 20,000,000 yuan national support → 20,000,000 yuan', () => {
    // 20,000,000 yuan × 1:1 (100%) = 20,000,000 yuan (below the 50,000,000 yuan default cap).
    const d = evaluate(application());
    expect(d.status).toBe('eligible');
    expect(d.award?.amount).toBe(yuan(20_000_000));
    expect(d.award?.rateBasisPoints).toBe(10000);
  });

  it('最高1:1配套支持: 12,345,678.9 yuan → 12,345,678 yuan (rounded down to the yuan)', () => {
    // 12,345,678.90 yuan × 100% = 12,345,678.90 yuan → 12,345,678 yuan.
    const d = evaluate(application({ 'nationalSupport.amount': 1_234_567_890 }));
    expect(d.award?.amount).toBe(yuan(12_345_678));
  });

  it('按照相关要求: 80,000,000 yuan national support → capped at the 50,000,000 yuan default (implementation rule)', () => {
    // 80,000,000 yuan × 100% = 80,000,000 yuan > 50,000,000 yuan → 50,000,000 yuan.
    const d = evaluate(application({ 'nationalSupport.amount': yuan(80_000_000) }));
    expect(d.award?.amount).toBe(yuan(50_000_000));
  });

  it('对成功申报国家产业创新中心的: a national manufacturing innovation centre is not this measure (national-industry-innovation-centre)', () => {
    const d = evaluate(application({ 'centre.type': 'national-manufacturing-innovation-centre' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['national-industry-innovation-centre']);
  });

  it('成功申报国家产业创新中心: an applicant that does not lead the centre is ineligible (applicant-leads-centre)', () => {
    const d = evaluate(application({ 'centre.leadCreditCode': '91440101MA5F00006X' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['applicant-leads-centre']);
  });

  it('成功申报: applying before the national approval (2025-03-28) is ineligible (approved-before-applying)', () => {
    const d = evaluate(application(), [], '2025-03-01');
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['approved-before-applying']);
  });

  it('配套支持: national money allocated before the centre was approved is not matched (support-after-approval)', () => {
    const d = evaluate(application({ 'nationalSupport.allocatedOn': '2025-01-10' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['support-after-approval']);
  });
});
