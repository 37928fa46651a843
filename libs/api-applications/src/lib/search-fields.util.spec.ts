import { MEASURES } from '@pioneer/contracts';
import { searchFields } from './search-fields.util';

describe('what q= searches', () => {
  it("searches each measure's listed text columns only (no enums, no filter fields)", () => {
    for (const entry of MEASURES) {
      const fields = new Map(entry.fields.map((f) => [f.path, f]));
      for (const path of searchFields(entry.code)) {
        expect(entry.listFields).toContain(path);
        expect(fields.get(path)).toMatchObject({ type: 'string' });
        expect(fields.get(path)?.enum).toBeUndefined();
        expect(entry.filterFields).not.toContain(path);
      }
    }
    expect(MEASURES.some((entry) => searchFields(entry.code).length > 0)).toBe(true);
  });
});
