import type { ApiIssue, Lang } from '@pioneer/sdk';

/**
 * An issue's message as an applicant reads it. The engine's and the API's messages name the field
 * by its label and its JSON pointer ("单位类型（/applicant/kind）为必填项"), which integrations
 * need; people do not: the pointer is left out ("单位类型为必填项" / "Kind is required").
 */
export function issueText(issue: ApiIssue, lang: Lang): string {
  const text = issue.message[lang];
  return lang === 'en' ? text.replace(/ \(\/[^()]*\)(?= )/, '') : text.replace(/（\/[^（）]*）/, '');
}
