import path from 'node:path';
import type { FundingRecord } from '@pioneer/engine';
import { failedRules, goldenMeasure, traceText, yuan } from '../../../testing/golden';

// Golden tests of Article 1 of the fictional district overlay: a top-up of 30% of the city's
// compute voucher for the same project, at most 1,500,000 yuan. The city's award is read from the
// platform's award records (policy shenzhen-ai-2024, measure compute-voucher), never typed by the
// applicant. Amounts are worked out by hand.
const { application, evaluate, evaluateWith, policy } = goldenMeasure(
  path.resolve(__dirname, '..'),
  'compute-voucher-top-up',
  '2025-09-01',
);

/** The city's compute voucher for the example's project, as the API records it. */
const cityVoucher = (over: Partial<FundingRecord> = {}): FundingRecord => ({
  policy: 'shenzhen-ai-2024',
  measure: 'compute-voucher',
  level: 'city',
  applicantId: '91440300MA5F00001A',
  projectRef: 'PC-2025-001',
  amount: yuan(4_000_000),
  date: '2025-06-01',
  ...over,
});

describe('第一条 对已获得深圳市“训力券”资助的项目，按市级实际资助金额的30%给予区级配套，单个项目最高150万元', () => {
  it('按市级实际资助金额的30%: a 4,000,000 yuan city voucher → 1,200,000 yuan', () => {
    // 4,000,000 yuan × 30% = 1,200,000 yuan, below the 1,500,000 yuan cap.
    const d = evaluateWith(application(), { history: [cityVoucher()] });
    expect(d.status).toBe('eligible');
    expect(d.award?.amount).toBe(yuan(1_200_000));
    expect(d.award?.rateBasisPoints).toBe(3000);
  });

  it('按市级实际资助金额: two city awards for the project add up (2,000,000 + 1,234,567.89 yuan → 970,370 yuan)', () => {
    // (2,000,000 + 1,234,567.89) yuan × 30% = 970,370.367 yuan → 970,370 yuan, rounded down to the yuan.
    const history = [cityVoucher({ amount: yuan(2_000_000) }), cityVoucher({ amount: 123_456_789, date: '2025-08-01' })];
    expect(evaluateWith(application(), { history }).award?.amount).toBe(yuan(970_370));
  });

  it('单个项目最高150万元: a 10,000,000 yuan city voucher → capped at 1,500,000 yuan', () => {
    // 10,000,000 yuan × 30% = 3,000,000 yuan > 1,500,000 yuan → 1,500,000 yuan.
    const d = evaluateWith(application(), { history: [cityVoucher({ amount: yuan(10_000_000) })] });
    expect(d.award?.amount).toBe(yuan(1_500_000));
    expect(traceText(d, 'en').join('\n')).toContain('the cap applies');
  });

  it('已获得深圳市“训力券”资助的项目: without a city voucher on record the project is ineligible, with the reason', () => {
    const d = evaluate(application());
    expect(d.status).toBe('ineligible');
    expect(failedRules(d)).toEqual(['city-voucher-awarded']);
    expect(d.rules.find((r) => r.code === 'city-voucher-awarded')?.reason?.['zh-CN']).toContain('须已获深圳市训力券资助');
  });

  it('已获得…资助的项目: a voucher for another project, or another applicant, does not count', () => {
    const history = [cityVoucher({ projectRef: 'PC-2025-009' }), cityVoucher({ applicantId: '91440300MA5F00005N' })];
    expect(failedRules(evaluateWith(application(), { history }))).toEqual(['city-voucher-awarded']);
  });

  it('“训力券”: an award of another city measure for the same project does not count', () => {
    const history = [cityVoucher({ measure: 'model-voucher' })];
    expect(failedRules(evaluateWith(application(), { history }))).toEqual(['city-voucher-awarded']);
  });

  it('matching a profile cannot know the city award: the measure is possible, never refused', () => {
    const match = policy.match({ applicant: application().applicant }, '2025-09-01').find((m) => m.measure === 'compute-voucher-top-up');
    expect(match?.policy).toBe('example-district-2025');
    expect(match?.status).toBe('possible');
    expect(match?.undecided.map((r) => r.code)).toEqual(['city-voucher-awarded']);
  });
});
