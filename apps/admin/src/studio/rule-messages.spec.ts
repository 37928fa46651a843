import { OPERATOR_TEXT, RULE_TEXT, VALUE_PROBLEMS } from './rule-messages';

describe("the rules panel's words", () => {
  const all = [RULE_TEXT, VALUE_PROBLEMS, OPERATOR_TEXT].flatMap((table) => Object.entries(table));

  it('are in Chinese without Latin letters (the backoffice i18n rule), and in English', () => {
    expect(all.filter(([, text]) => /[A-Za-z]/.test(text['zh-CN']))).toEqual([]);
    expect(all.filter(([, text]) => !text.en.trim() || !text['zh-CN'].trim())).toEqual([]);
  });
});
