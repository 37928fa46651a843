import { parseListQuery } from './list-query.dto';

describe('parseListQuery', () => {
  it('defaults to the first 25, newest first', () => {
    expect(parseListQuery({})).toEqual({ page: 1, perPage: 25, status: undefined, applicantId: undefined, district: undefined, sort: 'createdAt', order: 'DESC' });
  });

  it('reads every parameter and treats an empty status as none (react-admin sends status=)', () => {
    expect(parseListQuery({ page: '3', perPage: '100', status: '', sort: 'amount', order: 'asc', district: 'nanshan' })).toMatchObject({ page: 3, perPage: 100, status: undefined, sort: 'amount', order: 'ASC', district: 'nanshan' });
    expect(parseListQuery({ status: 'submitted' }).status).toBe('submitted');
  });

  it.each([
    [{ page: '0' }, /page/],
    [{ perPage: '101' }, /perPage/],
    [{ perPage: '2.5' }, /perPage/],
    [{ status: 'paid' }, /status must be one of/],
    [{ sort: 'data' }, /sort must be one of/],
    [{ order: 'sideways' }, /ASC or DESC/],
  ])('refuses %j with a 400 naming the parameter', (query, message) => {
    expect(() => parseListQuery(query)).toThrow(expect.objectContaining({ statusCode: 400, code: 'invalid-query', text: expect.objectContaining({ en: expect.stringMatching(message) }) }));
  });
});
