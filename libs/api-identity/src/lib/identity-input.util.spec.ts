import { InputReader, pageOf } from './identity-input.util';

describe('InputReader', () => {
  it('collects every problem with its pointer and throws one 400 in both languages', () => {
    const input = new InputReader();
    const raw = input.object({ name: 'x', role: 'admin', 'a/b~c': 1 }, '/user', ['name', 'when', 'kind']);
    input.text(raw?.name, '/user/name', { min: 2, max: 10 });
    input.date('2023-02-30', '/user/when');
    input.oneOf('king', '/user/kind', ['a', 'b']);
    expect(input.issues.map((i) => i.pointer)).toEqual(['/user/role', '/user/a~1b~0c', '/user/name', '/user/when', '/user/kind']);
    expect(() => input.done()).toThrow(expect.objectContaining({ statusCode: 400, code: 'invalid-input' }));
  });

  it('passes good input through, trimmed, without throwing', () => {
    const input = new InputReader();
    expect(input.text('  名称  ', '/name', { min: 2, max: 10 })).toBe('名称');
    expect(input.date('2024-02-29', '/d')).toBe('2024-02-29');
    expect(input.optionalText(undefined, '/o', { min: 1, max: 2 })).toBeUndefined();
    expect(() => input.done()).not.toThrow();
  });

  it('reads list pages and refuses unknown or out-of-range parameters', () => {
    expect(pageOf({ page: '2', perPage: '10', district: 'x' }, ['district'])).toEqual({ page: 2, perPage: 10, filters: { district: 'x' } });
    expect(() => pageOf({ perPage: '1000' }, [])).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ pointer: '/perPage' })] }));
    expect(() => pageOf({ sort: 'passwordHash' }, [])).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ pointer: '/sort' })] }));
  });

  it('reads the keyword q trimmed, takes a blank one as none, and refuses an over-long or repeated one at /q', () => {
    expect(pageOf({ q: '  深圳 % ' }, [])).toEqual({ page: 1, perPage: 25, filters: {}, keyword: '深圳 %' });
    expect(pageOf({ q: '   ' }, [])).toEqual({ page: 1, perPage: 25, filters: {} });
    expect(pageOf({ q: 'x'.repeat(100) }, []).keyword).toHaveLength(100);
    for (const q of ['x'.repeat(101), ['a', 'b']]) expect(() => pageOf({ q }, [])).toThrow(expect.objectContaining({ statusCode: 400, issues: [expect.objectContaining({ pointer: '/q' })] }));
  });
});
