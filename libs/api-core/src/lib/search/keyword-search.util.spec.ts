import { containsAnyOf, containsPattern } from './keyword-search.util';

describe('keyword search', () => {
  it('takes LIKE wildcards and the escape character literally, lower-cased', () => {
    expect(containsPattern('50%_Off\\')).toBe('%50\\%\\_off\\\\%');
  });

  it('matches any of the columns, case-blind, with the escape character declared', () => {
    expect(containsAnyOf(['u.username', 'u.displayName'])).toBe("(LOWER(u.username) LIKE :q ESCAPE '\\' OR LOWER(u.displayName) LIKE :q ESCAPE '\\')");
    expect(containsAnyOf(['o.name'], 'oq')).toBe("(LOWER(o.name) LIKE :oq ESCAPE '\\')");
  });
});
