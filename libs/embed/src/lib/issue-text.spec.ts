import { issueText } from './issue-text';

describe('issueText', () => {
  it('leaves the JSON pointer out of what the applicant reads, in both languages', () => {
    const issue = { pointer: '/applicant/kind', message: { 'zh-CN': '单位类型（/applicant/kind）为必填项', en: 'Kind (/applicant/kind) is required' } };
    expect(issueText(issue, 'zh-CN')).toBe('单位类型为必填项');
    expect(issueText(issue, 'en')).toBe('Kind is required');
  });

  it('keeps messages without a pointer as they are, brackets of the wording included', () => {
    const issue = { pointer: '/contract/amount', message: { 'zh-CN': '请输入金额（例如 3000万）', en: 'Enter an amount (e.g. 3000万) in yuan' } };
    expect(issueText(issue, 'zh-CN')).toBe('请输入金额（例如 3000万）');
    expect(issueText(issue, 'en')).toBe('Enter an amount (e.g. 3000万) in yuan');
  });
});
