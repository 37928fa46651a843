import { crossFieldErrors } from './cross-field-errors';

const schema = {
  'x-eligibility': [
    { code: 'period', when: { '<=': [{ var: 'contract.startDate' }, { var: 'contract.endDate' }] } },
    { code: 'signed', when: { '<=': [{ var: 'contract.signedOn' }, { ctx: 'asOf' }] } },
  ],
};
const failed = (code: string) => ({ code, kind: 'eligibility' as const, label: { 'zh-CN': code, en: code }, passed: false, reason: { 'zh-CN': '开始不得晚于结束', en: 'start after end' } });

describe('cross-field checks the schema declares', () => {
  it('puts a failed comparison of two form fields under the later field, in the chosen language', () => {
    expect(crossFieldErrors(schema, [failed('period')], 'zh-CN')).toEqual({ contract: { endDate: { __errors: ['开始不得晚于结束'] } } });
    expect(crossFieldErrors(schema, [failed('period')], 'en')).toEqual({ contract: { endDate: { __errors: ['start after end'] } } });
  });

  it('leaves rules that need the date or a parameter to the trace', () => {
    expect(crossFieldErrors(schema, [failed('signed')], 'zh-CN')).toEqual({});
  });

  it('says nothing while the rule passes or cannot be decided yet', () => {
    expect(crossFieldErrors(schema, [{ ...failed('period'), passed: null }], 'zh-CN')).toEqual({});
  });
});
