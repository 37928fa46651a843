import { createFormValidation } from './test-validation';
import { localiseFormErrors, moneyErrors } from './form-errors';

const schema = {
  type: 'object',
  properties: {
    contact: {
      type: 'object',
      properties: {
        phone: { type: 'string', pattern: '^[0-9+\\- ]{7,20}$', title: '电话', description: '7–20 位数字' },
        email: { type: 'string', format: 'email', title: 'Email' },
      },
    },
    amount: { type: 'integer', 'x-kind': 'money', title: '金额' },
  },
};

describe('form errors in the reader’s language, specific to the field', () => {
  it('words a pattern with the field’s help, a format by its kind, never a bare "format incorrect"', () => {
    const zh = localiseFormErrors('zh-CN', schema)([
      { name: 'pattern', params: { pattern: '^[0-9+\\- ]{7,20}$' }, property: '.contact.phone', schemaPath: '#/properties/contact/properties/phone/pattern', stack: '' },
      { name: 'format', params: { format: 'email' }, property: '.contact.email', schemaPath: '#/properties/contact/properties/email/format', stack: '' },
    ]);
    expect(zh.map((e) => e.message)).toEqual(['格式不正确：7–20 位数字', '不是有效的电子邮箱']);
    const en = localiseFormErrors('en', schema)([{ name: 'format', params: { format: 'email' }, property: '.contact.email', schemaPath: '#/properties/contact/properties/email/format', stack: '' }]);
    expect(en[0].message).toBe('Email is not a valid email address');
  });

  it('drops a money field’s type error: the money check says what is wrong with the amount', () => {
    const errors = localiseFormErrors('zh-CN', schema)([{ name: 'type', params: { type: 'integer' }, property: '.amount', schemaPath: '#/properties/amount/type', stack: '' }]);
    expect(errors).toEqual([]);
    const validation = createFormValidation();
    moneyErrors('en', schema)({ amount: '-5' }, validation);
    expect(validation.amount.__errors).toEqual(['An amount cannot be negative']);
  });
});
