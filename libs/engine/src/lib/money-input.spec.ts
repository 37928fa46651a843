import { parseMoneyInput } from './money-input';

describe('parseMoneyInput', () => {
  it.each([
    ['3000万', 3_000_000_000],
    ['3,000万元', 3_000_000_000],
    ['1.5亿', 15_000_000_000],
    ['30,000,000', 3_000_000_000],
    ['1234.5元', 123_450],
    ['１２３４．５', 123_450],
    ['３０００万', 3_000_000_000],
    ['￥800万', 800_000_000],
    ['0.000001万', 1],
    [' 12 ', 1_200],
  ])('%s is %d fen', (text, fen) => {
    expect(parseMoneyInput(text)).toEqual({ ok: true, fen });
  });

  it('reads nothing typed as no amount', () => {
    expect(parseMoneyInput('  ')).toEqual({ ok: true, fen: undefined });
  });

  it.each([
    ['abc', 'not-a-number'],
    ['12.345', 'too-many-decimals'],
    ['0.0000001万', 'too-many-decimals'],
    ['-5', 'negative'],
    ['99999999999999999', 'too-large'],
    ['3000万万', 'not-a-number'],
  ])('%s is refused as %s', (text, problem) => {
    expect(parseMoneyInput(text)).toEqual({ ok: false, problem });
  });
});
