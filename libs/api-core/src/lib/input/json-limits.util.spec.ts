import { findJsonProblem, findJsonTextProblem, JSON_LIMITS } from './json-limits.util';

describe('the JSON bounds every request keeps', () => {
  it('refuses deep nesting and too many values from the text alone, before parsing', () => {
    expect(findJsonTextProblem(`${'['.repeat(500_000)}${']'.repeat(500_000)}`)?.message.en).toMatch(/nested more than 24/);
    const keys = `{${Array.from({ length: 80_000 }, (_, i) => `"k${i}":1`).join(',')}}`;
    expect(findJsonTextProblem(keys)?.message.en).toMatch(/more than 20000 values/);
    // Within a few times the limit the text is parsed, so the value check can name the place.
    expect(findJsonTextProblem(JSON.stringify({ list: Array.from({ length: 20_000 }, () => ({})) }))).toBeUndefined();
    // Brackets and commas inside strings are text, not structure.
    expect(findJsonTextProblem(JSON.stringify({ a: '['.repeat(100) + ','.repeat(30_000), b: 'say \\"[[[' }))).toBeUndefined();
    expect(findJsonTextProblem(JSON.stringify({ a: [[[1, 2], { b: [3] }]] }))).toBeUndefined();
  });

  it('locates a problem in the parsed value by JSON pointer', () => {
    expect(findJsonProblem({ a: { b: 'x\u0000' } })?.pointer).toBe('/a/b');
    expect(findJsonProblem({ a: ['\ud800'] })?.pointer).toBe('/a/0');
    expect(findJsonProblem({ n: 2 ** 53 + 2 })?.pointer).toBe('/n');
    expect(findJsonProblem({ list: Array.from({ length: JSON_LIMITS.maxArrayItems + 1 }, () => 0) })?.pointer).toBe('/list');
    expect(findJsonProblem({ ['k'.repeat(300)]: 1 })?.pointer).toMatch(/^\/k{64}…$/);
    expect(findJsonProblem({ fine: [1, 'two', { three: null }] })).toBeUndefined();
  });
});
