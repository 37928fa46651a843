import { isValidUscc, usccCheckCharacter } from './uscc';

describe('unified social credit code (GB 32100-2015)', () => {
  it('accepts a published code and computes its check character', () => {
    expect(isValidUscc('91440300708461136T')).toBe(true);
    expect(usccCheckCharacter('91440300708461136')).toBe('T');
  });

  it('rejects a wrong check character, letters outside the alphabet, and wrong lengths', () => {
    expect(isValidUscc('91440300708461136U')).toBe(false);
    expect(isValidUscc('9144030070846113OT')).toBe(false);
    expect(isValidUscc('91440300708461136')).toBe(false);
    expect(isValidUscc('91440300708461136TT')).toBe(false);
  });
});
