import { formChanges } from './form-changes.util';

describe('formChanges', () => {
  it('lists each changed, added and removed field with fingerprints, never the values', () => {
    const before = { applicant: { name: '甲公司', district: 'nanshan' }, amount: 100, files: [{ id: 'a' }] };
    const after = { applicant: { name: '甲公司', district: 'futian' }, files: [{ id: 'a' }, { id: 'b' }], note: 'x' };
    const { changedFields, changes } = formChanges(before, after);
    expect(changes.map((c) => [c.pointer, c.before === null, c.after === null])).toEqual([
      ['/applicant/district', false, false],
      ['/amount', false, true],
      ['/files/1/id', true, false],
      ['/note', true, false],
    ]);
    expect(changedFields).toBe(4);
    expect(JSON.stringify(changes)).not.toMatch(/nanshan|futian/);
    expect(changes[0].before).toMatch(/^[0-9a-f]{16}$/);
  });

  it('finds nothing when nothing changed', () => {
    expect(formChanges({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toEqual({ changedFields: 0, changes: [] });
  });
});
