import { clauseLabel } from './clause-label';

describe('clauseLabel', () => {
  it('reads the clause number out of the identifier, in Chinese numerals and in English', () => {
    expect(clauseLabel('5-benchmark', 'zh-CN')).toBe('第五条');
    expect(clauseLabel('5-benchmark', 'en')).toBe('Clause 5');
    expect(clauseLabel('14b', 'zh-CN')).toBe('第十四条');
    expect(clauseLabel('10', 'zh-CN')).toBe('第十条');
    expect(clauseLabel('21', 'zh-CN')).toBe('第二十一条');
    expect(clauseLabel('2', 'zh-CN')).toBe('第二条');
  });

  it('shows an identifier without a leading number as it is', () => {
    expect(clauseLabel('annex', 'en')).toBe('annex');
    expect(clauseLabel('123', 'en')).toBe('123');
  });
});
