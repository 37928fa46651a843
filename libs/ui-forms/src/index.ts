/**
 * @pioneer/ui-forms — the schema-driven form the backoffice and the portal share: a measure's
 * JSON Schema in, a localised, accessible form that stores integer fen out. Amounts are read by
 * the engine's `parseMoneyInput`, errors worded by the engine's `validationPhrase`.
 */
export type { JsonSchema } from './lib/json-schema';
export { SchemaForm, type SchemaFormProps } from './lib/SchemaForm';
export { createFormValidator, CspSafeValidator, type PrecompiledCheck } from './lib/csp-safe-validator';
export { isValidAgainst, schemaErrors, type SchemaError } from './lib/schema-interpreter';
export { localiseSchema, type LocalisedForm, type LocaliseOptions } from './lib/localise-schema';
export { fenToYuanText, yuanTextToFen } from './lib/money-text';
export { useSchema, type SchemaLoader } from './lib/useSchema';
export { isMoneyNode, localiseFormErrors, moneyErrors } from './lib/form-errors';
export { crossFieldErrors } from './lib/cross-field-errors';
export { issuesToErrorSchema } from './lib/issue-errors';
export type { AttachmentRef, UploadFile } from './lib/AttachmentsField';
