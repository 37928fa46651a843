import { createAjv, localiseErrors } from './validation';

describe('localised validation issues', () => {
  it('words a date limit (formatMaximum / formatMinimum) as a date in both languages, at the field', () => {
    const validate = createAjv().compile({
      type: 'object',
      properties: { filedOn: { type: 'string', format: 'date', formatMinimum: '2025-07-01', formatMaximum: '2026-12-31' } },
    });
    const label = { 'zh-CN': '备案日期', en: 'Date filed' };
    const issues = (filedOn: string) => (validate({ filedOn }) ? [] : localiseErrors(validate.errors, () => label));
    expect(issues('2027-01-01')).toEqual([
      {
        pointer: '/filedOn',
        keyword: 'formatMaximum',
        message: { 'zh-CN': '备案日期（/filedOn）不得晚于 2026-12-31', en: 'Date filed (/filedOn) must be on or before 2026-12-31' },
      },
    ]);
    expect(issues('2025-06-30')[0].message['zh-CN']).toBe('备案日期（/filedOn）不得早于 2025-07-01');
    expect(issues('2025-08-15')).toEqual([]);
  });
});
