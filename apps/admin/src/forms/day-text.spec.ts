import { parseDayText } from './day-text';

describe('parseDayText', () => {
  it.each([
    ['2025-06-01', '2025-06-01'],
    ['2025/6/1', '2025-06-01'],
    ['2025.06.1', '2025-06-01'],
    ['2025年6月1日', '2025-06-01'],
    ['２０２５－０６－０１'.replace('－', '-').replace('－', '-'), '2025-06-01'],
    ['20251231', '2025-12-31'],
    [' 2024-02-29 ', '2024-02-29'],
  ])('reads %s as %s', (text, day) => {
    expect(parseDayText(text)).toEqual({ day });
  });

  it.each(['06/01/2025', '2025-02-30', '2025-13-01', '2025-6', 'tomorrow', '2023-02-29'])('refuses %s (not a day, or not in year-month-day order)', (text) => {
    expect(parseDayText(text)).toEqual({ invalid: true });
  });

  it('reads nothing typed as no day', () => {
    expect(parseDayText('  ')).toEqual({ empty: true });
  });
});
