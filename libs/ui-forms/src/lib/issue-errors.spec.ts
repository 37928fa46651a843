import { issuesToErrorSchema } from './issue-errors';

describe("the API's issues beside the fields they name", () => {
  it('nests errors by JSON pointer in the chosen language', () => {
    const issues = [
      { pointer: '/organisation/creditCode', message: { 'zh-CN': '代码无效', en: 'invalid code' } },
      { pointer: '/organisation/creditCode', message: { 'zh-CN': '已注册', en: 'registered' } },
      { pointer: '', message: { 'zh-CN': '表单有误', en: 'form is wrong' } },
    ];
    expect(issuesToErrorSchema(issues, 'en')).toEqual({ organisation: { creditCode: { __errors: ['invalid code', 'registered'] } }, __errors: ['form is wrong'] });
    expect(issuesToErrorSchema(issues, 'zh-CN')).toMatchObject({ organisation: { creditCode: { __errors: ['代码无效', '已注册'] } } });
  });
});
