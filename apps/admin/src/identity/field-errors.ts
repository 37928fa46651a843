import type { ApiIssue, Lang } from '@pioneer/sdk';

/**
 * The API's issues (`/contact/phone`: message) as react-admin's server-side validation errors
 * (`contact.phone`: words in the chosen language), so each message shows under its field.
 */
export function fieldErrorsOf(issues: readonly ApiIssue[], lang: Lang): Record<string, string> {
  return Object.fromEntries(issues.filter((issue) => issue.pointer !== '').map((issue) => [issue.pointer.slice(1).split('/').join('.'), issue.message[lang]]));
}
