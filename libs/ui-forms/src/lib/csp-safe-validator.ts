import type { CustomValidator, ErrorTransformer, RJSFSchema, UiSchema, ValidationData, ValidatorType } from '@rjsf/utils';
// rjsf's own processing of raw errors (titles, error schema, customValidate): it imports no ajv.
import processRawValidationErrors from '@rjsf/validator-ajv8/lib/processRawValidationErrors.js';
import type { JsonSchema } from './json-schema';
import { relocateErrors } from './relocate-errors';
import { isValidAgainst, schemaErrors, type SchemaError } from './schema-interpreter';

/** A whole-form check compiled ahead of time: the measure's precompiled validator, errors as ajv gives them. */
export type PrecompiledCheck = (data: unknown) => readonly SchemaError[];

/**
 * rjsf's validator without code generation, so a form runs under a Content-Security-Policy
 * without `'unsafe-eval'` (rjsf's ajv8 validator compiles every schema with `new Function`).
 *
 * Why this design: the whole form is checked by the measure's precompiled ajv validator when the
 * page has it (the portal loads the measure's offline engine anyway), so its errors are the
 * server's to the keyword; rjsf's `isValid` on sub-schemas (if/then/else, oneOf/anyOf options)
 * and forms without a precompiled validator (the backoffice, the studio's preview of an unsaved
 * edit) use a small interpreter that walks schema and data and reports as ajv does. rjsf's own
 * precompiled validator was not used: it looks validators up by the hash of the exact schema
 * rendered, and the form renders a localised schema (two languages, upload variants), so each
 * variant and every sub-schema would need its own generated code in the chunk.
 */
export class CspSafeValidator implements ValidatorType<unknown, RJSFSchema> {
  constructor(private readonly precompiled?: PrecompiledCheck) {}

  rawValidation<Result = SchemaError>(schema: RJSFSchema, formData?: unknown): { errors?: Result[] } {
    const form = schema as JsonSchema;
    const errors = this.precompiled ? relocateErrors(this.precompiled(formData), form) : schemaErrors(form, formData);
    return { errors: errors.length ? (errors as Result[]) : undefined };
  }

  validateFormData(formData: unknown, schema: RJSFSchema, customValidate?: CustomValidator, transformErrors?: ErrorTransformer, uiSchema?: UiSchema): ValidationData<unknown> {
    return processRawValidationErrors(this, this.rawValidation(schema, formData), formData, schema, customValidate, transformErrors, uiSchema);
  }

  isValid(schema: RJSFSchema, formData: unknown, rootSchema: RJSFSchema): boolean {
    return isValidAgainst(schema as JsonSchema, formData, rootSchema as JsonSchema);
  }
}

/** The form's validator: the measure's precompiled check when given, else the interpreter. */
export const createFormValidator = (precompiled?: PrecompiledCheck): CspSafeValidator => new CspSafeValidator(precompiled);
