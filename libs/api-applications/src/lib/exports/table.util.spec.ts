import { csvCell, csvStream, yuan } from './table.util';

describe('CSV exports', () => {
  it('quotes what needs quoting and makes formulas inert', () => {
    expect(csvCell('深圳市某科技有限公司')).toBe('深圳市某科技有限公司');
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    for (const formula of ['=1+1', '+cmd', '-2', '@SUM(A1)']) expect(csvCell(formula).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell(null)).toBe('');
    expect(csvCell(yuan(123456789))).toBe('1234567.89');
    expect(csvCell(yuan(400000000))).toBe('4000000');
  });

  it('starts with a BOM and the headings, then the rows of every page', async () => {
    const pages = (async function* () {
      yield [{ fen: 150 }];
      yield [{ fen: 2 }];
    })();
    const text = (await csvStream([{ heading: '金额（元）', value: (r: { fen: number }) => yuan(r.fen), yuan: true }], pages).toArray()).join('');
    expect(text).toBe('\ufeff金额（元）\r\n1.50\r\n0.02\r\n');
  });
});
