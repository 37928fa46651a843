import path from 'node:path';
import { failedRules, goldenMeasure, yuan } from '../../../testing/golden';

// Golden tests of clause (三) 语料券, corpus purchase. Expected amounts are worked out by hand.
const { application, evaluate } = goldenMeasure(path.resolve(__dirname, '..'), 'corpus-voucher-purchase', '2025-06-01');

describe('（三）发放“语料券”：购买语料', () => {
  it('按不超过合同金额的30%，给予最高200万元资助: 3,600,000 yuan contract → 1,080,000 yuan', () => {
    // 3,600,000 yuan × 30% = 1,080,000 yuan (below the 2,000,000 yuan cap).
    const d = evaluate(application());
    expect(d.status).toBe('eligible');
    expect(d.award?.amount).toBe(yuan(1_080_000));
    expect(d.award?.rateBasisPoints).toBe(3000);
  });

  it('给予最高200万元资助: 8,000,000 yuan contract → capped at 2,000,000 yuan', () => {
    // 8,000,000 yuan × 30% = 2,400,000 yuan > 2,000,000 yuan → 2,000,000 yuan.
    const d = evaluate(application({ 'purchase.amount': yuan(8_000_000) }));
    expect(d.award?.amount).toBe(yuan(2_000_000));
  });

  it('按不超过合同金额的30%: 6,666,666 yuan contract → 1,999,999 yuan, just under the cap (rounded down to the yuan)', () => {
    // 6,666,666 yuan × 30% = 1,999,999.8 yuan → 1,999,999 yuan.
    const d = evaluate(application({ 'purchase.amount': yuan(6_666_666) }));
    expect(d.award?.amount).toBe(yuan(1_999_999));
  });

  it('进行大模型研发和应用的企业: a university is ineligible (applicant-kind)', () => {
    const d = evaluate(application({ 'applicant.kind': 'university', 'applicant.creditCode': '124403004557550007' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['applicant-kind']);
  });

  it('购买非关联方语料: a seller declared affiliated is ineligible (seller-not-affiliated)', () => {
    const d = evaluate(application({ 'purchase.sellerAffiliated': true }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['seller-not-affiliated']);
  });

  it('购买非关联方语料: buying from itself (seller credit code = applicant) is ineligible (seller-not-affiliated)', () => {
    const d = evaluate(application({ 'purchase.sellerCreditCode': '91440300MA5F00002D' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['seller-not-affiliated']);
  });

  it('通过数据交易平台购买: an off-platform purchase is ineligible (data-trading-platform)', () => {
    const d = evaluate(application({ 'purchase.platform': 'off-platform' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['data-trading-platform']);
  });

  it('通过数据交易平台购买: another recognised data exchange also counts', () => {
    const d = evaluate(application({ 'purchase.platform': 'other-recognised-exchange' }));
    expect(d.status).toBe('eligible');
  });

  it('进行大模型研发和应用: a corpus bought for another purpose is ineligible (large-model-use)', () => {
    const d = evaluate(application({ 'corpus.purpose': 'other' }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['large-model-use']);
  });
});
