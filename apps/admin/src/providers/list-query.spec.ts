import { flattenFilter, listQuery } from './list-query';

describe("react-admin's list parameters as the API's list query", () => {
  it('passes page, sort and record-column filters as they are', () => {
    expect(listQuery({ pagination: { page: 2, perPage: 50 }, sort: { field: 'amount', order: 'ASC' }, filter: { status: 'submitted', applicantId: '91440300MA5F00001A' } })).toEqual({
      page: 2,
      perPage: 50,
      sort: 'amount',
      order: 'ASC',
      status: 'submitted',
      applicantId: '91440300MA5F00001A',
    });
  });

  it('defaults to the newest first', () => {
    expect(listQuery({ pagination: undefined as never, sort: undefined as never, filter: {} })).toEqual({ page: 1, perPage: 25, sort: 'createdAt', order: 'DESC' });
  });

  it('names form-field filters by their dotted path and drops empty ones', () => {
    expect(flattenFilter({ data: { applicant: { kind: 'enterprise', name: '' } }, status: undefined, district: 'nanshan' })).toEqual({ 'data.applicant.kind': 'enterprise', district: 'nanshan' });
  });
});
