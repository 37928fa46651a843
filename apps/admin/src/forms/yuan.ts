/** Kept so the backoffice's imports stay as they were: the form lib lives in @pioneer/ui-forms. */
export { fenToYuanText, yuanTextToFen } from '@pioneer/ui-forms';
