import path from 'node:path';
import { failedRules, goldenMeasure, yuan } from '../../../testing/golden';

// Golden tests of clause (四) 模型券. Expected amounts are worked out by hand from the Chinese text;
// the scale and results thresholds are the implementation-rule defaults of version 2024.1.
const { application, evaluate } = goldenMeasure(path.resolve(__dirname, '..'), 'model-voucher', '2025-09-15');

describe('（四）发放“模型券”', () => {
  it('可按不超过模型购买费用的30%，给予最高200万元资助: 4,500,000 yuan model purchase → 1,350,000 yuan', () => {
    // 4,500,000 yuan × 30% = 1,350,000 yuan (below the 2,000,000 yuan cap).
    const d = evaluate(application());
    expect(d.status).toBe('eligible');
    expect(d.award?.amount).toBe(yuan(1_350_000));
  });

  it('给予最高200万元资助: 10,000,000 yuan model purchase → capped at 2,000,000 yuan', () => {
    // 10,000,000 yuan × 30% = 3,000,000 yuan > 2,000,000 yuan → 2,000,000 yuan.
    const d = evaluate(application({ 'purchase.amount': yuan(10_000_000) }));
    expect(d.award?.amount).toBe(yuan(2_000_000));
  });

  it('对企业依托……开展模型服务: a research institute is ineligible (applicant-kind)', () => {
    const d = evaluate(application({ 'applicant.kind': 'research-institute', 'applicant.creditCode': '124403004557550007' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['applicant-kind']);
  });

  it('依托经国家网信办备案的生成式人工智能模型: no filing number is ineligible (model-filed)', () => {
    const d = evaluate(application({ 'model.filingNumber': undefined }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['model-filed']);
  });

  it('模型购买费用: a model "bought" from the applicant itself is ineligible (purchased-from-third-party)', () => {
    const d = evaluate(application({ 'purchase.sellerCreditCode': '91440300MA5F00002D' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['purchased-from-third-party']);
  });

  it('达到一定规模: 5,000 users and 200,000 calls, below both defaults (10,000 users or 1,000,000 calls), is ineligible (reached-scale)', () => {
    const d = evaluate(application({ 'service.users': 5_000, 'service.calls': 200_000 }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['reached-scale']);
  });

  it('达到一定规模: 2,000 users but 1,000,000 calls reaches the scale by calls', () => {
    const d = evaluate(application({ 'service.users': 2_000, 'service.calls': 1_000_000 }));
    expect(d.status).toBe('eligible');
  });

  it('具有良好成效: 500,000 yuan of service revenue, below the 1,000,000 yuan default, is ineligible (good-results)', () => {
    const d = evaluate(application({ 'service.revenue': yuan(500_000) }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['good-results']);
  });
});
