import { approvableSelection } from './bulk-approval.util';

describe('approvableSelection', () => {
  const data = [
    { id: 'c', status: 'scored', amount: 300 },
    { id: 'a', status: 'submitted', amount: 100 },
    { id: 'b', status: 'scored', amount: 200 },
    { id: 'd', status: 'scored', amount: 400 },
  ];

  it('keeps the selected scored rows in the order the list shows them, totalling their recommended amounts', () => {
    const picked = approvableSelection(data, ['b', 'a', 'c', 'elsewhere']);
    expect(picked.rows.map((r) => r.id)).toEqual(['c', 'b']);
    expect(picked.total).toBe(500);
    expect(picked.leftOut).toBe(2);
  });

  it('finds nothing to approve when no selected row awaits approval', () => {
    expect(approvableSelection(data, ['a'])).toEqual({ rows: [], total: 0, leftOut: 1 });
    expect(approvableSelection(undefined, [])).toEqual({ rows: [], total: 0, leftOut: 0 });
  });
});
