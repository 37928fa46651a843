import { LOGIN_MESSAGES } from './login-messages';

const leaves = (tree: object, prefix = ''): Array<[string, string]> =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'object' ? leaves(value, `${prefix}${key}.`) : [[`${prefix}${key}`, String(value)] as [string, string]]));

describe('the sign-in page words (shown before react-admin loads)', () => {
  it('has every word in Chinese and English', () => {
    expect(leaves(LOGIN_MESSAGES.en).map(([key]) => key)).toEqual(leaves(LOGIN_MESSAGES['zh-CN']).map(([key]) => key));
  });

  it('has no English in the Chinese page', () => {
    expect(leaves(LOGIN_MESSAGES['zh-CN']).filter(([, text]) => /[A-Za-z]{2,}/.test(text))).toEqual([]);
  });
});
