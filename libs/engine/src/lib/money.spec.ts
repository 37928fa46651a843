import { formatRate, formatYuan, moneyLabel, parseRate, roundFen, shareOf } from './money';

describe('money in integer fen', () => {
  it('takes a share in basis points with the declared rounding', () => {
    // 1,234.57 yuan × 33.33% = 411.4822 yuan (41,148.2181 fen)
    expect(shareOf(123457, 3333, { mode: 'floor', unit: 'fen' })).toBe(41148);
    expect(shareOf(123457, 3333, { mode: 'ceil', unit: 'fen' })).toBe(41149);
    expect(shareOf(123457, 3333, { mode: 'floor', unit: 'yuan' })).toBe(41100);
    expect(shareOf(123457, 3333, { mode: 'half-up', unit: 'yuan' })).toBe(41100);
    expect(shareOf(150, 10000, { mode: 'half-up', unit: 'yuan' })).toBe(200);
    expect(shareOf(250, 10000, { mode: 'half-even', unit: 'yuan' })).toBe(200);
    expect(shareOf(350, 10000, { mode: 'half-even', unit: 'yuan' })).toBe(400);
    expect(roundFen(1_234_567, { mode: 'floor', unit: 'ten-thousand-yuan' })).toBe(1_000_000);
  });

  it('stays exact beyond 2^53 intermediate products', () => {
    // 9 × 10^14 fen × 99.99% — the product 9 × 10^18 is past Number.MAX_SAFE_INTEGER.
    expect(shareOf(900_000_000_000_000, 9999, { mode: 'floor', unit: 'fen' })).toBe(899_910_000_000_000);
  });

  it('parses rates written as percentages, and rejects anything else', () => {
    expect(parseRate('50%')).toBe(5000);
    expect(parseRate('12.5%')).toBe(1250);
    expect(parseRate('0.01%')).toBe(1);
    expect(parseRate('100%')).toBe(10000);
    for (const bad of ['50', '0.5', '50.123%', '-5%', 50, null]) expect(parseRate(bad)).toBeNull();
    expect(formatRate(1250)).toBe('12.5%');
    expect(formatRate(6000)).toBe('60%');
  });

  it('shows yuan with thousands separators, and 万元 to Chinese readers', () => {
    expect(formatYuan(1_000_000_000)).toBe('10,000,000');
    expect(formatYuan(123_456_789)).toBe('1,234,567.89');
    expect(moneyLabel(1_000_000_000)).toEqual({ 'zh-CN': '1,000万元', en: '10,000,000 yuan' });
    expect(moneyLabel(123_456)).toEqual({ 'zh-CN': '1,234.56元', en: '1,234.56 yuan' });
  });
});
