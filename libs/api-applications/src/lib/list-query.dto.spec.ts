import { parseListQuery } from './list-query.dto';

describe('parseListQuery', () => {
  it('defaults to the first 25, newest first', () => {
    expect(parseListQuery({})).toEqual({ page: 1, perPage: 25, status: undefined, applicantId: undefined, district: undefined, dataFilters: [], sort: 'createdAt', order: 'DESC' });
  });

  it('reads every parameter and treats an empty status as none (react-admin sends status=)', () => {
    expect(parseListQuery({ page: '3', perPage: '100', status: '', sort: 'amount', order: 'asc', district: 'nanshan' })).toMatchObject({ page: 3, perPage: 100, status: undefined, sort: 'amount', order: 'ASC', district: 'nanshan' });
    expect(parseListQuery({ status: 'submitted' }).status).toBe('submitted');
  });

  it.each([
    [{ page: '0' }, /page/],
    [{ perPage: '101' }, /perPage/],
    [{ perPage: '2.5' }, /perPage/],
    [{ status: 'settled' }, /status must be one of/],
    [{ sort: 'data' }, /sort must be one of/],
    [{ order: 'sideways' }, /ASC or DESC/],
  ])('refuses %j with a 400 naming the parameter, also by JSON pointer', (query, message) => {
    const pointer = `/${Object.keys(query)[0]}`;
    expect(() => parseListQuery(query)).toThrow(
      expect.objectContaining({ statusCode: 400, code: 'invalid-query', text: expect.objectContaining({ en: expect.stringMatching(message) }), issues: [expect.objectContaining({ pointer })] }),
    );
  });

  it('refuses an over-long keyword and an unknown parameter at their pointers', () => {
    expect(() => parseListQuery({ q: 'x'.repeat(101) })).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ pointer: '/q' })] }));
    expect(() => parseListQuery({ colour: 'red' })).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ pointer: '/colour' })] }));
  });

  describe('form-field filters', () => {
    const filterFields = ['applicant.kind', 'project.type'];

    it('reads data.<path> filters on the fields the measure lists, skipping empty values', () => {
      expect(parseListQuery({ 'data.applicant.kind': 'enterprise', 'data.project.type': ['a', 'b'] }, filterFields).dataFilters).toEqual([
        { path: 'applicant.kind', value: 'enterprise' },
        { path: 'project.type', value: 'b' },
      ]);
      expect(parseListQuery({ 'data.applicant.kind': '' }, filterFields).dataFilters).toEqual([]);
    });

    it.each([
      [{ 'data.applicant.name': 'x' }, 'data.applicant.name'],
      [{ 'data.applicant.kind': 'x' }, 'data.applicant.kind', []],
      [{ data: 'x' }, 'data'],
      [{ 'data.': 'x' }, 'data.'],
      [{ colour: 'blue' }, 'colour'],
      [{ keyword: 'search' }, 'keyword'],
    ] as [Record<string, unknown>, string, string[]?][])('refuses %j with a 400 naming it and the filters that exist', (query, name, fields = filterFields) => {
      const expected = expect.objectContaining({ statusCode: 400, code: 'invalid-query', text: { 'zh-CN': expect.stringContaining(name), en: expect.stringContaining(name) } });
      expect(() => parseListQuery(query, fields)).toThrow(expected);
      if (fields.length) expect(() => parseListQuery(query, fields)).toThrow(expect.objectContaining({ text: expect.objectContaining({ en: expect.stringContaining('data.project.type') }) }));
    });

    it('refuses a listed path whose segments are not plain names', () => {
      expect(() => parseListQuery({ "data.a'b": 'x' }, ["a'b"])).toThrow(expect.objectContaining({ statusCode: 400 }));
    });
  });

  describe('keyword (q)', () => {
    it('reads a trimmed keyword, takes an empty one as none, and refuses one over 100 characters naming q', () => {
      expect(parseListQuery({ q: '  SZAI-2025  ' }).q).toBe('SZAI-2025');
      expect(parseListQuery({ q: '   ' }).q).toBeUndefined();
      expect(() => parseListQuery({ q: 'x'.repeat(101) })).toThrow(expect.objectContaining({ statusCode: 400, text: expect.objectContaining({ en: expect.stringContaining('q') }) }));
    });

    it('sorts by the readable number', () => {
      expect(parseListQuery({ sort: 'number', order: 'asc' })).toMatchObject({ sort: 'number', order: 'ASC' });
    });
  });
});
