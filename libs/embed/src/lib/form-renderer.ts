import { withoutUnit, type FieldEntry, type Label, type Lang } from '@pioneer/sdk';
import { leafWidget, type Widget, type WidgetChange } from './field-widgets';
import { valueAt, type FormData } from './form-data';
import { UI } from './messages';
import { el } from './dom';

/** What the renderer needs from the element: the form's data, and what to do on a change or an upload. */
export interface RenderHost {
  lang: Lang;
  data: FormData;
  /** A field changed (its pointer with indexes, e.g. `/project/seniorSupport/0/amount`). */
  change(pointer: string, change: WidgetChange): void;
  /** A list grew or shrank: the form is drawn again from the data. */
  redraw(): void;
  /** Uploads a file for an attachment list and appends its reference. */
  upload(pointer: string, fieldPointer: string, file: File): Promise<void>;
}

/** A drawn leaf field: how to show its error and a value set from outside. */
export interface DrawnField {
  widget: Widget;
  error: HTMLElement;
  input: HTMLElement;
}


const idOf = (pointer: string) => `f${pointer.replace(/[^A-Za-z0-9]/g, '_')}`;
const labelOf = (field: FieldEntry, lang: Lang): string => (field.type === 'money' ? withoutUnit(field.label) : field.label)[lang];
const isAttachmentList = (field: FieldEntry) => field.type === 'list' && field.itemSchema?.['x-kind'] === 'attachment';

/** The fields directly under a path (`''` for the top, `project.seniorSupport[]` for a list's items). */
function childrenOf(fields: readonly FieldEntry[], parent: string): FieldEntry[] {
  return fields.filter((f) => {
    if (!f.path.startsWith(parent ? `${parent}.` : '')) return false;
    const rest = parent ? f.path.slice(parent.length + 1) : f.path;
    return rest.length > 0 && !rest.includes('.');
  });
}

/**
 * Draws a measure's form from its fields (the schema the engine flattened): a fieldset per
 * section, a labelled input per field with its help and an error line screen readers announce,
 * repeatable groups for lists, file inputs for attachment lists. Returns the drawn leaf fields by
 * pointer, so the element can show errors and values where they belong.
 */
export function drawForm(root: HTMLElement, fields: readonly FieldEntry[], host: RenderHost): Map<string, DrawnField> {
  const drawn = new Map<string, DrawnField>();
  const { lang } = host;

  const errorLine = (id: string) => el('p', { id: `${id}-error`, className: 'error', role: 'status' });

  function leaf(parent: HTMLElement, field: FieldEntry, pointer: string) {
    const id = idOf(pointer);
    const wrap = el('div', { className: `field field-${field.type}` });
    const label = el('label', { htmlFor: id, textContent: labelOf(field, lang) });
    // Required shows as a mark; screen readers hear aria-required on the input instead.
    if (field.required) label.append(el('span', { className: 'required', textContent: ' *', ariaHidden: 'true' }));
    const widget = leafWidget(field, id, lang, (change) => host.change(pointer, change));
    const input = (widget.element.querySelector('input') ?? widget.element) as HTMLElement;
    const error = errorLine(id);
    const help = field.help ? el('p', { id: `${id}-help`, className: 'help', textContent: field.help[lang] }) : undefined;
    input.setAttribute('aria-describedby', [error.id, ...(help ? [help.id] : [])].join(' '));
    if (field.required) input.setAttribute('aria-required', 'true');
    if (field.type === 'boolean') {
      const row = el('div', { className: 'check' });
      row.append(widget.element, label);
      wrap.append(row);
    } else wrap.append(label);
    if (help) wrap.append(help);
    if (field.type !== 'boolean') wrap.append(widget.element);
    wrap.append(error);
    widget.show(valueAt(host.data, pointer));
    drawn.set(pointer, { widget, error, input });
    parent.append(wrap);
  }

  function attachments(parent: HTMLElement, field: FieldEntry, pointer: string) {
    const id = idOf(pointer);
    const box = el('fieldset', { className: 'attachments' });
    box.append(el('legend', { textContent: `${field.label[lang]}${field.required ? UI.required[lang] : ''}` }));
    const colon = lang === 'zh-CN' ? '：' : ': ';
    const list = el('ul');
    for (const ref of (valueAt(host.data, pointer) as Array<{ name?: string }> | undefined) ?? []) list.append(el('li', { textContent: `${UI.uploaded[lang]}${colon}${ref.name ?? ''}` }));
    // The browser's own file button speaks the browser's language and is a thin line on a phone:
    // it is out of sight, and a label in the form's language, drawn as a button, opens it.
    const input = el('input', { id, type: 'file', className: 'visually-hidden' });
    input.setAttribute('aria-label', `${UI.upload[lang]}${colon}${field.label[lang]}`);
    const button = el('label', { htmlFor: id, className: 'upload', textContent: UI.chooseFile[lang] });
    const error = errorLine(id);
    input.setAttribute('aria-describedby', error.id);
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (file) void host.upload(pointer, field.pointer, file);
    });
    box.append(list, input, button, error);
    drawn.set(pointer, { widget: { element: input, show: () => undefined }, error, input });
    parent.append(box);
  }

  function repeated(parent: HTMLElement, field: FieldEntry, pointer: string) {
    const box = el('fieldset', { className: 'list' });
    box.append(el('legend', { textContent: field.label[lang] }));
    const items = (valueAt(host.data, pointer) as unknown[] | undefined) ?? [];
    items.forEach((_item, i) => {
      const item = el('fieldset', { className: 'item' });
      item.append(el('legend', { textContent: `${field.label[lang]} ${i + 1}` }));
      group(item, `${field.path}[]`, `${pointer}/${i}`);
      const remove = el('button', { type: 'button', className: 'secondary', textContent: UI.removeItem[lang] });
      remove.addEventListener('click', () => {
        host.change(`${pointer}/${i}`, { value: undefined });
        host.redraw();
      });
      item.append(remove);
      box.append(item);
    });
    const add = el('button', { type: 'button', className: 'secondary', textContent: `${UI.addItem[lang]}：${field.label[lang]}` });
    add.addEventListener('click', () => {
      host.change(`${pointer}/${items.length}`, { value: {} });
      host.redraw();
    });
    const error = errorLine(idOf(pointer));
    box.append(add, error);
    drawn.set(pointer, { widget: { element: add, show: () => undefined }, error, input: add });
    parent.append(box);
  }

  function group(parent: HTMLElement, path: string, pointer: string) {
    for (const field of childrenOf(fields, path)) {
      const name = field.path.slice(path ? path.length + 1 : 0);
      const at = `${pointer}/${name}`;
      if (field.type === 'object') {
        const set = el('fieldset');
        set.append(el('legend', { textContent: field.label[lang] }));
        if (field.help) set.append(el('p', { className: 'help', textContent: field.help[lang] }));
        group(set, field.path, at);
        const error = errorLine(idOf(at));
        set.append(error);
        drawn.set(at, { widget: { element: set, show: () => undefined }, error, input: set });
        parent.append(set);
      } else if (isAttachmentList(field)) attachments(parent, field, at);
      else if (field.type === 'list') repeated(parent, field, at);
      else leaf(parent, field, at);
    }
  }

  group(root, '', '');
  return drawn;
}

/** The drawn field an issue belongs to: its own, else the nearest drawn parent (a missing section). */
export function fieldForIssue(drawn: Map<string, DrawnField>, pointer: string): DrawnField | undefined {
  for (let p = pointer; p !== ''; p = p.slice(0, p.lastIndexOf('/'))) {
    const found = drawn.get(p);
    if (found) return found;
  }
  return undefined;
}

export type { Label };
