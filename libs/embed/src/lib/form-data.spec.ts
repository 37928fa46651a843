import { setValueAt, valueAt, type FormData } from './form-data';

describe('the form being filled in, by JSON pointer', () => {
  it('sets a value deep down, making the objects and lists on the way', () => {
    const data: FormData = {};
    setValueAt(data, '/contract/amount', 800_000_000);
    setValueAt(data, '/project/seniorSupport/0/level', 'national');
    expect(data).toEqual({ contract: { amount: 800_000_000 }, project: { seniorSupport: [{ level: 'national' }] } });
    expect(valueAt(data, '/project/seniorSupport/0/level')).toBe('national');
    expect(valueAt(data, '/nothing/here')).toBeUndefined();
  });

  it('clearing the last value of a section removes the section, so it reads as missing rather than {}', () => {
    const data: FormData = { contract: { amount: 1 }, compute: { purpose: 'inference', modelName: 'm' } };
    setValueAt(data, '/contract/amount', undefined);
    setValueAt(data, '/compute/purpose', undefined);
    expect(data).toEqual({ compute: { modelName: 'm' } });
  });

  it('removes an item of a list by index, and reads pointers with escaped characters', () => {
    const data: FormData = { list: [{ a: 1 }, { a: 2 }, { a: 3 }], 'a/b': { '~c': 4 } };
    setValueAt(data, '/list/1', undefined);
    expect(data.list).toEqual([{ a: 1 }, { a: 3 }]);
    expect(valueAt(data, '/a~1b/~0c')).toBe(4);
  });
});
