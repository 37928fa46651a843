import { issuesToErrorSchema } from './server-errors';

describe('a 400 naming fields', () => {
  it('puts each message at the field its pointer names, in the chosen language', () => {
    const schema = issuesToErrorSchema(
      [
        { pointer: '/contract/amount', message: { 'zh-CN': '服务合同金额不得小于 0', en: 'Service contract amount must be at least 0' } },
        { pointer: '/contract/amount', message: 'second' },
        { pointer: '/attachments/contract/0/sha256', message: 'bad checksum' },
      ],
      'en',
    );
    expect(schema).toEqual({
      contract: { amount: { __errors: ['Service contract amount must be at least 0', 'second'] } },
      attachments: { contract: { 0: { sha256: { __errors: ['bad checksum'] } } } },
    });
  });

  it('is nothing when there are no issues', () => {
    expect(issuesToErrorSchema(undefined, 'zh-CN')).toBeUndefined();
    expect(issuesToErrorSchema([], 'zh-CN')).toBeUndefined();
  });
});
