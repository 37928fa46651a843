/** Kept so the backoffice's imports stay as they were; from the light entry, so the form stays out of the first chunk. */
export { fenToYuanText, yuanTextToFen } from '@pioneer/ui-forms/light';
