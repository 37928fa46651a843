/**
 * @pioneer/ui-forms/light — what list and show screens need of the form lib without the form
 * itself (rjsf, MUI widgets, the validator): imported from here, a screen that only shows an
 * application does not pull the form into the first chunk.
 */
export type { JsonSchema } from './lib/json-schema';
export { fenToYuanText, yuanTextToFen } from './lib/money-text';
export { useSchema, type SchemaLoader } from './lib/useSchema';
