/** Schema-driven forms: a measure's JSON Schema in, a localised form that stores integer fen out. */
export type { JsonSchema } from './json-schema';
export { SchemaForm, type SchemaFormProps } from './SchemaForm';
export { localiseSchema, type LocalisedForm } from './localise-schema';
export { fenToYuanText, yuanTextToFen } from './yuan';
export { useSchema, type SchemaLoader } from './useSchema';
