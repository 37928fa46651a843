import { formatDay } from './format-day';

describe('formatDay', () => {
  it('writes a stored day as Chinese and English readers write dates', () => {
    expect(formatDay('2026-12-17', 'zh-CN')).toBe('2026年12月17日');
    expect(formatDay('2026-12-17', 'en')).toBe('17 Dec 2026');
  });

  it("gives an instant Beijing's day: 07:30 in Shenzhen on 2 June is still 1 June in UTC", () => {
    expect(formatDay('2025-06-01T23:30:00.000Z', 'zh-CN')).toBe('2025年6月2日');
    expect(formatDay('2025-06-01T23:30:00.000Z', 'en')).toBe('2 Jun 2025');
  });

  it('leaves what is not a date as it is', () => {
    expect(formatDay('soon', 'en')).toBe('soon');
  });
});
