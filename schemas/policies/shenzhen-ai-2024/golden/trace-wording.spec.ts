import path from 'node:path';
import { goldenMeasure, reviewers, traceText, yuan } from '../../../testing/golden';

// Issue 8, item 12: trace wording. A Chinese reason names a measure by its Chinese name, never its
// code; a score-band line is the arithmetic it is (amount × band% = result); a condition that did
// not apply (why 60% was not used) is said.
const folder = path.resolve(__dirname, '..');
const compute = goldenMeasure(folder, 'compute-voucher', '2025-06-01');
const benchmark = goldenMeasure(folder, 'industry-benchmark-project', '2025-09-01');

describe('trace wording', () => {
  it('本措施与我市市级层面其他同类优惠措施不得重复享受: the reason names 训力券 in Chinese, not compute-voucher', () => {
    const history = [compute.award({ amount: yuan(1_000_000), date: '2025-01-15', projectRef: 'PC-2025-001' })];
    const reason = compute.evaluateWith(compute.application(), { history }).rules.find((r) => r.code === 'P1-exclusivity')?.reason;
    expect(reason?.['zh-CN']).toContain('（已获：训力券，2025-01-15）');
    expect(reason?.['zh-CN']).not.toMatch(/[a-z]+-[a-z]+/);
    expect(reason?.en).toContain('(already received: Compute voucher, 2025-01-15)');
  });

  it('对具有引领作用的标杆应用项目: the score band line is 8,400,000 yuan × 80% = 6,720,000 yuan, not "of the cap"', () => {
    // 28,000,000 yuan × 30% = 8,400,000 yuan (below the 10,000,000 cap); score 80 → 80%.
    const { review } = reviewers(['leading-role', 'innovation', 'scale', 'replicability']);
    const d = benchmark.evaluate(
      benchmark.application(),
      ['r1', 'r2', 'r3'].map((r) => review(r, [8, 8, 8, 8])),
    );
    expect(traceText(d, 'zh-CN')).toContain('评分 80 达到 80 分档：840万元 × 80% = 672万元（按元向下取整）');
    expect(traceText(d, 'zh-CN').join('\n')).not.toContain('按上限的');
  });

  it('对初创企业提高资助比例至60%: a company that is not a startup is told why 60% was not used', () => {
    const d = compute.evaluate(compute.application());
    expect(traceText(d, 'zh-CN')).toContain('初创企业提高比例：条件不成立，不适用 60%');
    expect(traceText(d, 'en').some((l) => l.includes('the condition does not hold, so not 60%'))).toBe(true);
  });
});
