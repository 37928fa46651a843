import { parseHash } from './useHashRoute';

describe('hash routes', () => {
  it('reads the path, the query and the address to come back to', () => {
    const route = parseHash('#/apply/some-measure/abc?submitted=1');
    expect(route.path).toEqual(['apply', 'some-measure', 'abc']);
    expect(route.query.get('submitted')).toBe('1');
    expect(route.href).toBe('#/apply/some-measure/abc?submitted=1');
  });

  it('takes an empty hash as the landing page', () => {
    expect(parseHash('').path).toEqual([]);
    expect(parseHash('#/').href).toBe('#/');
  });
});
