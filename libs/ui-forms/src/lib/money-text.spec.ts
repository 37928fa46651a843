import { fenToYuanText, yuanTextToFen } from './money-text';

describe('yuan typed in a money input', () => {
  it('becomes integer fen, with separators and up to two decimals', () => {
    expect(yuanTextToFen('2,000,000')).toBe(200_000_000);
    expect(yuanTextToFen('1234.5')).toBe(123_450);
    expect(yuanTextToFen('0.01')).toBe(1);
    expect(yuanTextToFen(' 12，345.67元 ')).toBe(1_234_567);
  });

  it('reads 万 and 亿 and full-width digits as Chinese applicants type them', () => {
    expect(yuanTextToFen('3000万')).toBe(3_000_000_000);
    expect(yuanTextToFen('１２３４．５')).toBe(123_450);
    expect(yuanTextToFen('1.5亿')).toBe(15_000_000_000);
  });

  it('is empty or invalid rather than guessed', () => {
    expect(yuanTextToFen('')).toBeUndefined();
    expect(yuanTextToFen('1.234')).toBeNull();
    expect(yuanTextToFen('-5')).toBeNull();
    expect(yuanTextToFen('abc')).toBeNull();
  });

  it('round-trips through the text an input shows', () => {
    for (const fen of [0, 1, 10, 99, 100, 123_450, 200_000_000, 1_234_567]) expect(yuanTextToFen(fenToYuanText(fen))).toBe(fen);
    expect(fenToYuanText(123_450)).toBe('1234.5');
  });
});
