import type { Lang } from '@pioneer/engine';
import Form from '@rjsf/mui';
import type { ErrorSchema, GlobalUISchemaOptions, RegistryWidgetsType } from '@rjsf/utils';
import { useMemo, useState, type ReactNode } from 'react';
import { AttachmentsField, type UploadFile } from './AttachmentsField';
import { BufferedInputTemplate } from './BufferedInputTemplate';
import { createFormValidator, type PrecompiledCheck } from './csp-safe-validator';
import { FieldErrorTemplate } from './FieldErrorTemplate';
import { localiseFormErrors, moneyErrors } from './form-errors';
import { formStrings } from './form-strings';
import type { JsonSchema } from './json-schema';
import { localiseSchema } from './localise-schema';
import { MoneyWidget } from './MoneyWidget';
import { ObjectFieldTemplate } from './ObjectFieldTemplate';

const WIDGETS: RegistryWidgetsType = { money: MoneyWidget };
const TEMPLATES = { ObjectFieldTemplate, FieldErrorTemplate, BaseInputTemplate: BufferedInputTemplate };
const FIELDS = { attachments: AttachmentsField };
const GLOBAL_OPTIONS: GlobalUISchemaOptions = { enableOptionalDataFieldForType: ['object'] };

export interface SchemaFormProps {
  /** A measure's schema with every `$ref` inlined. */
  schema: JsonSchema;
  lang: Lang;
  formData: unknown;
  onChange: (data: unknown) => void;
  /** Called with the data once it passes the schema. */
  onSubmit: (data: unknown) => void;
  /** Errors from the server (a 400 naming fields) or cross-field checks, shown beside the fields they name. */
  extraErrors?: ErrorSchema;
  /** Whether `extraErrors` block submitting (cross-field checks do; the server's answer does not). */
  extraErrorsBlockSubmit?: boolean;
  disabled?: boolean;
  /** Uploads an evidence file: given, lists of attachments become uploads with progress. */
  upload?: UploadFile;
  /**
   * The measure's precompiled validator (its offline engine's `schemaErrors`): the whole form is
   * then checked by the server's own code. Without it a schema interpreter checks; neither
   * compiles code, so the form runs under a strict Content-Security-Policy.
   */
  precompiled?: PrecompiledCheck;
  /** Buttons: a `type="submit"` one validates then calls onSubmit. */
  children: ReactNode;
}

/**
 * A form generated from a measure's JSON Schema in the chosen language. The schema alone
 * decides fields, widgets, labels and checks, so a new measure needs no form code.
 */
export function SchemaForm({ schema, lang, formData, onChange, onSubmit, extraErrors, extraErrorsBlockSubmit = false, disabled, upload, precompiled, children }: SchemaFormProps) {
  // Props rjsf compares on every change (deeply, through its registry) stay the same objects
  // while the schema and language do.
  const form = useMemo(() => {
    const localised = localiseSchema(schema, lang, { uploads: Boolean(upload) });
    return { schema: localised.schema, uiSchema: { ...localised.uiSchema, 'ui:globalOptions': GLOBAL_OPTIONS } };
  }, [schema, lang, upload]);
  const context = useMemo(() => ({ formContext: { lang, upload }, translateString: formStrings(lang) }), [lang, upload]);
  const errors = useMemo(() => ({ transform: localiseFormErrors(lang, form.schema), money: moneyErrors(lang, form.schema) }), [form, lang]);
  const validator = useMemo(() => createFormValidator(precompiled), [precompiled]);
  const [tried, setTried] = useState(false);
  return (
    <Form
      schema={form.schema}
      uiSchema={form.uiSchema}
      validator={validator}
      widgets={WIDGETS}
      fields={FIELDS}
      templates={TEMPLATES}
      formData={formData}
      formContext={context.formContext}
      translateString={context.translateString}
      transformErrors={errors.transform}
      customValidate={errors.money}
      // An empty error object still counts as errors to rjsf (it blocks submitting with nothing to show).
      extraErrors={extraErrors && Object.keys(extraErrors).length > 0 ? extraErrors : undefined}
      extraErrorsBlockSubmit={extraErrorsBlockSubmit}
      liveValidate={tried ? 'onChange' : false}
      showErrorList={false}
      noHtml5Validate
      focusOnFirstError
      disabled={disabled}
      experimental_defaultFormStateBehavior={{ constAsDefaults: 'never', emptyObjectFields: 'populateRequiredDefaults', arrayMinItems: { populate: 'requiredOnly' } }}
      onChange={(event) => onChange(event.formData)}
      onError={() => setTried(true)}
      onSubmit={(event) => onSubmit(event.formData)}
    >
      {children}
    </Form>
  );
}
