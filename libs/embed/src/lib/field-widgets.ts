import { formatYuan, MONEY_INPUT_MESSAGES, parseMoneyInput, type FieldEntry, type Label, type Lang } from '@pioneer/sdk';
import { UI } from './messages';
import { el } from './dom';

/** What a widget reports: a value for the form (`undefined` clears it), or a problem in reading what was typed. */
export type WidgetChange = { value: unknown } | { problem: Label };

/** One input of a leaf field: the element to place, and how to show a value set from outside (a loaded draft). */
export interface Widget {
  element: HTMLElement;
  show(value: unknown): void;
}


const NOT_A_NUMBER: Label = { 'zh-CN': '须为数字', en: 'must be a number' };

/** How a number field reads what was typed: full-width digits and thousands separators allowed. */
function readNumber(text: string, integer: boolean): WidgetChange {
  const clean = text.replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[,\s，]/g, '');
  if (clean === '') return { value: undefined };
  const n = Number(clean);
  if (!Number.isFinite(n) || (integer && !Number.isInteger(n))) return { problem: NOT_A_NUMBER };
  return { value: n };
}

/**
 * The input of a leaf field, by its type: a select for an enum, a checkbox for a declaration,
 * a date picker, a 元 amount read with the engine's parseMoneyInput ("3000万" → fen), numbers
 * with a numeric keyboard on phones, text otherwise.
 */
export function leafWidget(field: FieldEntry, id: string, lang: Lang, onChange: (change: WidgetChange) => void): Widget {
  const schema = field.schema;
  const options = Array.isArray(schema.enum) ? (schema.enum as string[]) : undefined;
  if (options) {
    const select = el('select', { id });
    select.append(el('option', { value: '', textContent: UI.choose[lang] }));
    for (const option of options) select.append(el('option', { value: option, textContent: field.enumLabels?.[option]?.[lang] ?? option }));
    select.addEventListener('change', () => onChange({ value: select.value === '' ? undefined : select.value }));
    return { element: select, show: (value) => (select.value = typeof value === 'string' ? value : '') };
  }
  if (field.type === 'boolean') {
    const box = el('input', { id, type: 'checkbox' });
    box.addEventListener('change', () => onChange({ value: box.checked ? true : undefined }));
    return { element: box, show: (value) => (box.checked = value === true) };
  }
  if (field.ui.widget === 'textarea') {
    const area = el('textarea', { id, rows: 3 });
    area.addEventListener('input', () => onChange({ value: area.value === '' ? undefined : area.value }));
    return { element: area, show: (value) => (area.value = typeof value === 'string' ? value : '') };
  }
  const input = el('input', { id, type: field.type === 'date' ? 'date' : schema.format === 'email' ? 'email' : 'text', autocomplete: 'off' });
  let read: (text: string) => WidgetChange = (text) => ({ value: text === '' ? undefined : text });
  let shown = (value: unknown) => (value === undefined || value === null ? '' : String(value));
  if (field.type === 'money') {
    input.inputMode = 'decimal';
    input.placeholder = UI.yuanHint[lang];
    read = (text) => {
      const result = parseMoneyInput(text);
      return result.ok ? { value: result.fen } : { problem: MONEY_INPUT_MESSAGES[result.problem] };
    };
    shown = (value) => (typeof value === 'number' ? formatYuan(value) : '');
  } else if (field.type === 'integer' || field.type === 'number') {
    input.inputMode = field.type === 'integer' ? 'numeric' : 'decimal';
    read = (text) => readNumber(text, field.type === 'integer');
  }
  input.addEventListener('input', () => onChange(read(input.value.trim())));
  const element = field.type === 'money' ? el('span', { className: 'money' }) : input;
  if (field.type === 'money') element.append(input, el('span', { className: 'unit', textContent: lang === 'zh-CN' ? '元' : 'yuan' }));
  return { element, show: (value) => (input.value = shown(value)) };
}
