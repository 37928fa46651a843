import { pointerRanges, rangeOf } from './json-pointer-position';

describe('pointerRanges', () => {
  const text = '{\n  "x-award": { "cap": { "param": "maximum" } },\n  "list": [1, "a/b"],\n  "a/b": true\n}';

  it('finds the value at each JSON pointer', () => {
    const ranges = pointerRanges(text);
    const at = (pointer: string) => {
      const r = ranges.get(pointer)!;
      return text.slice(r.from, r.to);
    };
    expect(at('/x-award/cap/param')).toBe('"maximum"');
    expect(at('/list/1')).toBe('"a/b"');
    expect(at('/a~1b')).toBe('true');
    expect(at('')).toBe(text);
  });

  it('falls back to the nearest existing parent, and places nothing in text that does not parse', () => {
    expect(rangeOf(pointerRanges(text), '/x-award/cap/missing')).toEqual(pointerRanges(text).get('/x-award/cap'));
    expect(pointerRanges('{"a": ').size).toBe(0);
  });
});
