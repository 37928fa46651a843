import { withoutUnit, type Label, type Lang } from '@pioneer/engine';
import type { UiSchema } from '@rjsf/utils';
import type { JsonSchema } from './json-schema';

/** The form a measure schema becomes in one language: rjsf's schema and uiSchema. */
export interface LocalisedForm {
  schema: JsonSchema;
  uiSchema: UiSchema;
}

export interface LocaliseOptions {
  /** Lists of attachments (`x-kind: attachment`) upload files instead of showing their reference fields. */
  uploads?: boolean;
}

const isMoney = (node: JsonSchema): boolean => node['x-kind'] === 'money' || (node['x-ui'] as JsonSchema | undefined)?.widget === 'money';

const WIDGETS: Record<string, string> = { textarea: 'textarea', money: 'money', radio: 'radio', checkboxes: 'checkboxes', hidden: 'hidden', date: 'date', password: 'password' };

function localiseNode(node: JsonSchema, lang: Lang, options: LocaliseOptions): LocalisedForm {
  const schema: JsonSchema = { ...node };
  const ui: UiSchema = {};
  const label = node['x-label'] as Label | undefined;
  const help = node['x-help'] as Label | undefined;
  const hints = (node['x-ui'] ?? {}) as { widget?: string; placeholder?: Label; order?: number };
  // Titles and descriptions of shared definitions (English, for developers) give way to the labels.
  delete schema.title;
  delete schema.description;
  if (label) schema.title = (isMoney(node) ? withoutUnit(label) : label)[lang];
  if (help) schema.description = help[lang];
  if (isMoney(node)) ui['ui:widget'] = 'money';
  else if (hints.widget && WIDGETS[hints.widget]) ui['ui:widget'] = WIDGETS[hints.widget];
  if (hints.placeholder) ui['ui:placeholder'] = hints.placeholder[lang];
  const enumLabels = node['x-enumLabels'] as Record<string, Label> | undefined;
  if (Array.isArray(node.enum) && enumLabels) ui['ui:enumNames'] = node.enum.map((value) => enumLabels[String(value)]?.[lang] ?? String(value));

  const properties = node.properties as Record<string, JsonSchema> | undefined;
  if (properties) {
    const children: Record<string, JsonSchema> = {};
    for (const [key, child] of Object.entries(properties)) {
      const localised = localiseNode(child, lang, options);
      children[key] = localised.schema;
      if (Object.keys(localised.uiSchema).length) ui[key] = localised.uiSchema;
    }
    schema.properties = children;
    const keys = Object.keys(properties);
    const orderOf = (key: string) => ((properties[key]['x-ui'] as { order?: number } | undefined)?.order ?? keys.indexOf(key));
    if (keys.some((key) => (properties[key]['x-ui'] as { order?: number } | undefined)?.order !== undefined)) ui['ui:order'] = [...keys].sort((a, b) => orderOf(a) - orderOf(b));
  }
  const items = node.items as JsonSchema | undefined;
  if (items && typeof items === 'object' && !Array.isArray(items)) {
    const localised = localiseNode(items, lang, options);
    schema.items = localised.schema;
    if (Object.keys(localised.uiSchema).length) ui.items = localised.uiSchema;
    // An array of enum strings lists its choices as checkboxes.
    if (Array.isArray(items.enum) && !ui['ui:widget']) ui['ui:widget'] = 'checkboxes';
    // A list of evidence files becomes an upload, where the form can upload.
    if (options.uploads && items['x-kind'] === 'attachment') ui['ui:field'] = 'attachments';
  }
  return { schema, uiSchema: ui };
}

/**
 * Turns a measure's schema into a form in one language: each field's title, help and choice
 * labels come from its `x-label`, `x-help` and `x-enumLabels`, its widget from `x-ui` (money
 * fields take yuan). Validation keywords are untouched, so the form checks what the API checks.
 */
export function localiseSchema(schema: JsonSchema, lang: Lang, options: LocaliseOptions = {}): LocalisedForm {
  const { schema: localised, uiSchema } = localiseNode(schema, lang, options);
  delete localised.title;
  delete localised.description;
  // The validator caches what it compiled by $id, and error titles come from that copy: each
  // language is its own schema, or English errors would name Chinese fields after a switch.
  if (typeof localised.$id === 'string') localised.$id = `${localised.$id}?lang=${lang}`;
  return { schema: localised, uiSchema: { ...uiSchema, 'ui:submitButtonOptions': { norender: true } } };
}
