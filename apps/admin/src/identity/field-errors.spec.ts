import { fieldErrorsOf } from './field-errors';

describe("the API's issues under the registry's form fields", () => {
  it('names each field by its dotted path, in the chosen language; a whole-body issue stays with the message', () => {
    const issues = [
      { pointer: '/password', message: { 'zh-CN': '至少 10 个字符', en: 'at least 10 characters' } },
      { pointer: '/contact/phone', message: { 'zh-CN': '只能是数字', en: 'digits only' } },
      { pointer: '', message: { 'zh-CN': '请求体须为对象', en: 'the body must be an object' } },
    ];
    expect(fieldErrorsOf(issues, 'zh-CN')).toEqual({ password: '至少 10 个字符', 'contact.phone': '只能是数字' });
    expect(fieldErrorsOf(issues, 'en')).toEqual({ password: 'at least 10 characters', 'contact.phone': 'digits only' });
  });
});
