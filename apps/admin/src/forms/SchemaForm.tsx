import type { Lang } from '@pioneer/engine';
import Form from '@rjsf/mui';
import type { ErrorSchema, RegistryWidgetsType } from '@rjsf/utils';
import { useMemo, useState, type ReactNode } from 'react';
import { formStrings, localiseFormErrors } from './form-strings';
import type { JsonSchema } from './json-schema';
import { localiseSchema } from './localise-schema';
import { MoneyWidget } from './MoneyWidget';
import { ObjectFieldTemplate } from './ObjectFieldTemplate';
import { formValidator } from './validator';

const WIDGETS: RegistryWidgetsType = { money: MoneyWidget };
const TEMPLATES = { ObjectFieldTemplate };

export interface SchemaFormProps {
  /** A measure's schema with every `$ref` inlined. */
  schema: JsonSchema;
  lang: Lang;
  formData: unknown;
  onChange: (data: unknown) => void;
  /** Called with the data once it passes the schema. */
  onSubmit: (data: unknown) => void;
  /** Errors from the server (a 400 naming fields), shown beside the fields they name. */
  extraErrors?: ErrorSchema;
  disabled?: boolean;
  /** Buttons: a `type="submit"` one validates then calls onSubmit. */
  children: ReactNode;
}

/**
 * A form generated from a measure's JSON Schema in the chosen language. The schema alone
 * decides fields, widgets, labels and checks, so a new measure needs no form code.
 */
export function SchemaForm({ schema, lang, formData, onChange, onSubmit, extraErrors, disabled, children }: SchemaFormProps) {
  const form = useMemo(() => localiseSchema(schema, lang), [schema, lang]);
  const [tried, setTried] = useState(false);
  return (
    <Form
      schema={form.schema}
      uiSchema={{ ...form.uiSchema, 'ui:globalOptions': { enableOptionalDataFieldForType: ['object'] } }}
      validator={formValidator}
      widgets={WIDGETS}
      templates={TEMPLATES}
      formData={formData}
      formContext={{ lang }}
      translateString={formStrings(lang)}
      transformErrors={localiseFormErrors(lang)}
      extraErrors={extraErrors}
      extraErrorsBlockSubmit={false}
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
