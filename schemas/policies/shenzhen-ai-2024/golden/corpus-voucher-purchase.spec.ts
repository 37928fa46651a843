import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Decision } from '@pioneer/engine';
import { loadPolicyFolder } from '@pioneer/policy-loader';

// Golden tests of clause (三) 语料券, corpus purchase. Expected amounts are worked out by hand.
const MEASURE = 'corpus-voucher-purchase';
const policy = loadPolicyFolder(path.resolve(__dirname, '..'));
type Application = Record<string, Record<string, unknown>>;
const example = JSON.parse(readFileSync(path.resolve(__dirname, `../examples/applications/${MEASURE}.json`), 'utf8')) as Application;

/** The example application with fields of its sections replaced; `undefined` removes a field. */
function application(patch: Application = {}): Application {
  const app = structuredClone(example);
  for (const [section, fields] of Object.entries(patch)) {
    for (const [key, value] of Object.entries(fields)) {
      if (value === undefined) delete app[section][key];
      else app[section][key] = value;
    }
  }
  return app;
}

const evaluate = (app: Application, asOf = '2025-06-01'): Decision => policy.evaluate(MEASURE, app, { asOf, history: [] });
const failedRules = (d: Decision) => d.rules.filter((r) => r.passed === false).map((r) => r.code);

describe('（三）发放“语料券”：购买语料', () => {
  it('按不超过合同金额的30%，给予最高200万元资助: 3,600,000 yuan contract → 1,080,000 yuan', () => {
    // 3,600,000 yuan × 30% = 1,080,000 yuan (below the 2,000,000 yuan cap).
    const d = evaluate(application());
    expect(d.status).toBe('eligible');
    expect(d.award?.amount).toBe(1_080_000 * 100);
    expect(d.award?.rateBasisPoints).toBe(3000);
  });

  it('给予最高200万元资助: 8,000,000 yuan contract → capped at 2,000,000 yuan', () => {
    // 8,000,000 yuan × 30% = 2,400,000 yuan > 2,000,000 yuan → 2,000,000 yuan.
    const d = evaluate(application({ purchase: { amount: 8_000_000 * 100 } }));
    expect(d.award?.amount).toBe(2_000_000 * 100);
  });

  it('按不超过合同金额的30%: 6,666,666 yuan contract → 1,999,999 yuan, just under the cap (rounded down to the yuan)', () => {
    // 6,666,666 yuan × 30% = 1,999,999.8 yuan → 1,999,999 yuan.
    const d = evaluate(application({ purchase: { amount: 6_666_666 * 100 } }));
    expect(d.award?.amount).toBe(1_999_999 * 100);
  });

  it('进行大模型研发和应用的企业: a university is ineligible (applicant-kind)', () => {
    const d = evaluate(application({ applicant: { kind: 'university', creditCode: '124403004557550007' } }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['applicant-kind']);
  });

  it('购买非关联方语料: a seller declared affiliated is ineligible (seller-not-affiliated)', () => {
    const d = evaluate(application({ purchase: { sellerAffiliated: true } }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['seller-not-affiliated']);
  });

  it('购买非关联方语料: buying from itself (seller credit code = applicant) is ineligible (seller-not-affiliated)', () => {
    const d = evaluate(application({ purchase: { sellerCreditCode: '91440300MA5F00002D' } }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['seller-not-affiliated']);
  });

  it('通过数据交易平台购买: an off-platform purchase is ineligible (data-trading-platform)', () => {
    const d = evaluate(application({ purchase: { platform: 'off-platform' } }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['data-trading-platform']);
  });

  it('通过数据交易平台购买: another recognised data exchange also counts', () => {
    const d = evaluate(application({ purchase: { platform: 'other-recognised-exchange' } }));
    expect(d.status).toBe('eligible');
  });

  it('进行大模型研发和应用: a corpus bought for another purpose is ineligible (large-model-use)', () => {
    const d = evaluate(application({ corpus: { purpose: 'other' } }));
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['large-model-use']);
  });
});
