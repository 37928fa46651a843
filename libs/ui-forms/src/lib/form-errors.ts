import { MONEY_INPUT_MESSAGES, parseMoneyInput, validationPhrase, type Label, type Lang } from '@pioneer/engine';
import type { FormValidation, RJSFValidationError } from '@rjsf/utils';
import type { JsonSchema } from './json-schema';

/** A money field: the schema says so (`x-kind`) or its widget does. */
export const isMoneyNode = (node: JsonSchema | undefined): boolean =>
  Boolean(node) && (node!['x-kind'] === 'money' || (node!['x-ui'] as JsonSchema | undefined)?.widget === 'money');

/** The schema node an error's `schemaPath` ("#/properties/a/properties/b/pattern") is about. */
function nodeOf(schema: JsonSchema, schemaPath: string | undefined): JsonSchema | undefined {
  const steps = (schemaPath ?? '').replace(/^#\/?/, '').split('/').slice(0, -1);
  let node: unknown = schema;
  for (const step of steps) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[decodeURIComponent(step)] : undefined;
  return node && typeof node === 'object' ? (node as JsonSchema) : undefined;
}

/**
 * Validator errors in the form's language, worded by the engine (the API's issues say the same),
 * each naming its field: "电子邮箱不是有效的电子邮箱" is clumsy, so the label leads only in
 * English ("Email is not a valid email address"); a pattern's message adds the field's help,
 * which says what is expected. A money field's type error gives way to the reading problem
 * `moneyErrors` reports.
 */
export function localiseFormErrors(lang: Lang, schema: JsonSchema) {
  return (errors: RJSFValidationError[]): RJSFValidationError[] =>
    errors
      .filter((error) => !['if', 'anyOf', 'oneOf', 'allOf', 'not'].includes(error.name ?? ''))
      .filter((error) => !(error.name === 'type' && isMoneyNode(nodeOf(schema, error.schemaPath))))
      .map((error) => {
        const node = nodeOf(schema, error.schemaPath);
        const phrase = validationPhrase({ keyword: error.name ?? '', params: error.params ?? {}, message: error.message });
        const field = error.title ?? (error.name === 'required' ? undefined : (node?.title as string | undefined));
        let message = lang === 'en' && field ? `${field} ${phrase.en}` : phrase[lang];
        if (error.name === 'pattern' && typeof node?.description === 'string') message += lang === 'en' ? `: ${node.description}` : `：${node.description}`;
        return { ...error, message, stack: message };
      });
}

/**
 * rjsf's `customValidate`: a money field holding text (what the person typed could not be read
 * as an amount) gets the engine's specific message for why, e.g. "请输入金额，例如 3000万…".
 */
export function moneyErrors(lang: Lang, schema: JsonSchema) {
  const visit = (node: JsonSchema | undefined, value: unknown, errors: FormValidation | undefined) => {
    if (!node || !errors) return;
    if (isMoneyNode(node) && typeof value === 'string') {
      const read = parseMoneyInput(value);
      const message: Label = read.ok ? MONEY_INPUT_MESSAGES['not-a-number'] : MONEY_INPUT_MESSAGES[read.problem];
      errors.addError(message[lang]);
      return;
    }
    const properties = node.properties as Record<string, JsonSchema> | undefined;
    if (properties && value && typeof value === 'object')
      for (const [key, child] of Object.entries(properties)) visit(child, (value as Record<string, unknown>)[key], (errors as Record<string, unknown>)[key] as FormValidation | undefined);
    if (Array.isArray(value) && node.items && typeof node.items === 'object')
      value.forEach((item, index) => visit(node.items as JsonSchema, item, (errors as unknown as Record<number, FormValidation>)[index]));
  };
  return (formData: unknown, errors: FormValidation): FormValidation => {
    visit(schema, formData, errors);
    return errors;
  };
}
