import { traceMessage } from './trace-messages';

describe('trace lines are message keys with parameters, worded on read', () => {
  it('words a key with money in 元/万元 and rates as percentages, in both languages', () => {
    const line = {
      step: 'award' as const,
      key: 'award.share',
      params: { base: 800_000_000, rate: 5000, share: 400_000_000, rounding: { mode: 'floor', unit: 'yuan' } },
    };
    expect(traceMessage(line)).toEqual({
      'zh-CN': '800万元 × 50% = 400万元（按元向下取整）',
      en: '8,000,000 yuan × 50% = 4,000,000 yuan (rounded down to the yuan)',
    });
  });

  it('shows a line stored before message keys as it was, and an unknown key as itself', () => {
    const old = {
      step: 'award' as const,
      key: undefined as unknown as string,
      message: { 'zh-CN': '核定资助金额 400万元', en: 'Award 4,000,000 yuan' },
    };
    expect(traceMessage(old)['zh-CN']).toBe('核定资助金额 400万元');
    expect(traceMessage({ step: 'award', key: 'no.such.key' }).en).toBe('no.such.key');
  });
});
