import { inlineParameters } from './inline-parameters.util';

/** PostgreSQL's own rule for a standard-conforming literal, as pg's escapeLiteral applies it. */
const quote = (value: string) => {
  const doubled = value.replace(/'/g, "''");
  return value.includes('\\') ? ` E'${doubled.replace(/\\/g, '\\\\')}'` : `'${doubled}'`;
};

describe('inlineParameters', () => {
  it('writes each $n once, from its own value, $10 not read as $1 followed by 0', () => {
    const values = Array.from({ length: 10 }, (_, i) => i + 1);
    expect(inlineParameters('SELECT $1, $10, $2', values, quote)).toBe('SELECT 1, 10, 2');
  });

  it('quotes strings through the driver and never rescans what it wrote', () => {
    expect(inlineParameters('SELECT $1, $2', ["it's $2", null], quote)).toBe("SELECT 'it''s $2', NULL");
    expect(inlineParameters('SELECT $1', ['a\\b'], quote)).toBe("SELECT  E'a\\\\b'");
  });

  it('writes arrays of strings as array literals and booleans as keywords', () => {
    expect(inlineParameters('SELECT CAST($1 AS varchar[]), $2', [['scored', 'a"b'], true], quote)).toBe(`SELECT CAST(${quote('{"scored","a\\"b"}')} AS varchar[]), TRUE`);
  });

  it('refuses what it cannot write exactly: fractions, objects, a missing value', () => {
    expect(() => inlineParameters('SELECT $1', [0.5], quote)).toThrow(/whole number/);
    expect(() => inlineParameters('SELECT $1', [{ a: 1 }], quote)).toThrow(/literal/);
    expect(() => inlineParameters('SELECT $2', [1], quote)).toThrow(/no value for \$2/);
  });
});
