import { createClient, PioneerApiError, type ApiIssue, type Decision, type Label, type MatchResult, type Lang, type PioneerClient } from '@pioneer/sdk';
import { loadOfflineMeasure, type OfflineMeasure } from '@pioneer/sdk/offline';
import { drawEstimate } from './estimate-panel';
import type { WidgetChange } from './field-widgets';
import { setValueAt, valueAt, type FormData } from './form-data';
import { drawForm, fieldForIssue, type DrawnField } from './form-renderer';
import { issueText } from './issue-text';
import { UI } from './messages';
import { STYLES } from './styles';
import { el } from './dom';

/** What `pioneer-error` carries: the API's (or the form's) machine code, message and fields at fault. */
export interface PioneerErrorDetail {
  code: string;
  message: Label;
  issues: ApiIssue[];
}

/** A local copy of the form in progress, so a reload keeps what was typed. */
interface LocalDraft {
  data: FormData;
  id?: string;
}


/** One stylesheet for every instance (constructed: no inline style, so `style-src 'self'` holds). */
let sheet: CSSStyleSheet | undefined;
function styleSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLES);
  }
  return sheet;
}

/**
 * `<pioneer-apply measure="compute-voucher" base-url="https://…" lang="zh-CN">`: a measure's
 * application form for any page. It loads that measure's offline engine only, validates as the
 * applicant types, shows the award estimate with its trace, saves drafts, uploads attachments
 * and submits through the SDK (set `token` to the applicant's session token). Events:
 * `pioneer-estimate` (detail: { decision, partial }: the decision once the form is complete, the matcher's range before), `pioneer-draft-saved` (the record),
 * `pioneer-submitted` (the record), `pioneer-error` (PioneerErrorDetail).
 */
export class PioneerApplyElement extends HTMLElement {
  static observedAttributes = ['measure', 'lang', 'base-url', 'token', 'as-of'];

  /** The applicant's session token (or an attribute `token`); a function is asked each call. */
  token: string | (() => string | Promise<string>) | undefined;

  private readonly root = this.attachShadow({ mode: 'open' });
  private engine: OfflineMeasure | undefined;
  private client: PioneerClient | undefined;
  private data: FormData = {};
  private draftId: string | undefined;
  private drawn = new Map<string, DrawnField>();
  private readonly problems = new Map<string, Label>();
  private readonly touched = new Set<string>();
  private showAll = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private estimatePanel = el('section', { className: 'estimate' });
  private statusLine = el('div', { className: 'status', role: 'alert' });
  private loadId = 0;

  /** The language of the form's texts: the `lang` attribute, zh-CN unless it says en. */
  private get uiLang(): Lang {
    return this.getAttribute('lang') === 'en' ? 'en' : 'zh-CN';
  }

  /** The form as it is now (a copy). */
  get value(): FormData {
    return structuredClone(this.data);
  }

  connectedCallback(): void {
    this.root.adoptedStyleSheets = [styleSheet()];
    void this.load();
  }

  attributeChangedCallback(name: string, before: string | null, after: string | null): void {
    if (before === after || !this.isConnected) return;
    if (name === 'token') return;
    void this.load();
  }

  private storageKey(): string {
    return `pioneer-apply:${this.getAttribute('measure')}`;
  }

  private async load(): Promise<void> {
    const id = ++this.loadId;
    const lang = this.uiLang;
    this.root.replaceChildren(el('p', { textContent: UI.loading[lang], role: 'status' }));
    const code = this.getAttribute('measure') ?? '';
    try {
      this.engine = await loadOfflineMeasure(code);
    } catch {
      this.root.replaceChildren(el('p', { className: 'status failed', role: 'alert', textContent: `${UI.unknownMeasure[lang]} (${code})` }));
      return;
    }
    if (id !== this.loadId) return;
    this.client = createClient({ baseUrl: this.getAttribute('base-url') ?? '', token: () => this.currentToken(), lang });
    const saved = this.readLocal();
    this.data = saved?.data ?? {};
    this.draftId = saved?.id;
    this.draw();
  }

  private async currentToken(): Promise<string> {
    const token = this.token ?? this.getAttribute('token') ?? '';
    return typeof token === 'function' ? token() : token;
  }

  private draw(): void {
    const engine = this.engine!;
    const lang = this.uiLang;
    const form = el('form', { noValidate: true });
    form.setAttribute('aria-label', engine.info.name[lang]);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.submit();
    });
    this.drawn = drawForm(form, engine.fields, {
      lang,
      data: this.data,
      change: (pointer, change) => this.change(pointer, change),
      redraw: () => this.draw(),
      upload: (pointer, fieldPointer, file) => this.upload(pointer, fieldPointer, file),
    });
    this.estimatePanel.setAttribute('aria-live', 'polite');
    const save = el('button', { type: 'button', className: 'secondary', textContent: UI.saveDraft[lang] });
    save.addEventListener('click', () => void this.saveDraft());
    const actions = el('div', { className: 'actions' });
    actions.append(save, el('button', { type: 'submit', textContent: UI.submit[lang] }));
    form.append(this.estimatePanel, this.statusLine, actions);
    const title = el('h2', { textContent: `（${engine.info.clause}）${engine.info.name[lang]}` });
    this.root.replaceChildren(title, el('p', { className: 'summary', textContent: engine.info.summary[lang] }), form);
    this.live();
  }

  private change(pointer: string, change: WidgetChange): void {
    this.touched.add(pointer);
    if ('problem' in change) this.problems.set(pointer, change.problem);
    else {
      this.problems.delete(pointer);
      setValueAt(this.data, pointer, change.value);
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.live(), 120);
  }

  /** Validation of what was typed, the estimate, and the local copy: after each change. */
  private live(): void {
    const engine = this.engine!;
    const issues: ApiIssue[] = [...this.problems].map(([pointer, message]) => ({ pointer, message }));
    const engineIssues = this.showAll ? engine.validate(this.data) : engine.validateDraft(this.data);
    for (const issue of engineIssues) if (!this.problems.has(issue.pointer)) issues.push(issue);
    this.showIssues(issues);
    const asOf = this.getAttribute('as-of') ?? undefined;
    const decision: Decision = engine.estimate(this.data, { asOf });
    // An incomplete form has no decision yet: the matcher gives the range the facts so far allow.
    const partial: MatchResult = engine.match(this.data, asOf);
    drawEstimate(this.estimatePanel, this.uiLang, decision, partial);
    this.emit('pioneer-estimate', { decision, partial });
    this.writeLocal();
  }

  /** Puts each issue under its field (touched ones only, until a submit shows all). */
  private showIssues(issues: ApiIssue[]): void {
    const byField = new Map<DrawnField, string[]>();
    for (const issue of issues) {
      const field = fieldForIssue(this.drawn, issue.pointer);
      const shown = this.showAll || [...this.touched].some((t) => issue.pointer === t || issue.pointer.startsWith(`${t}/`));
      if (!field || !shown) continue;
      byField.set(field, [...(byField.get(field) ?? []), issueText(issue, this.uiLang)]);
    }
    for (const field of this.drawn.values()) {
      const messages = byField.get(field);
      const text = messages ? [...new Set(messages)].join('；') : '';
      if (field.error.textContent !== text) field.error.textContent = text;
      if (messages) field.input.setAttribute('aria-invalid', 'true');
      else field.input.removeAttribute('aria-invalid');
    }
  }

  private async saveDraft(): Promise<string | undefined> {
    const client = this.client!;
    const code = this.engine!.code;
    if (!(await this.currentToken())) {
      this.fail({ code: 'sign-in-required', message: UI.signInFirst, issues: [] });
      return undefined;
    }
    try {
      const record = this.draftId ? await client.applications(code).update(this.draftId, this.data) : await client.applications(code).create(this.data);
      this.draftId = record.id;
      this.writeLocal();
      this.say(UI.draftSaved[this.uiLang]);
      this.emit('pioneer-draft-saved', record);
      return record.id;
    } catch (error) {
      this.failWith(error);
      return undefined;
    }
  }

  private async submit(): Promise<void> {
    this.showAll = true;
    const issues = this.engine!.validate(this.data);
    const mine = [...this.problems].map(([pointer, message]) => ({ pointer, message }));
    if (issues.length || mine.length) {
      this.live();
      this.fail({ code: 'validation-failed', message: UI.fixFields, issues: [...mine, ...issues] });
      return;
    }
    const id = await this.saveDraft();
    if (!id) return;
    try {
      const record = await this.client!.applications(this.engine!.code).submit(id);
      // The number is what the applicant quotes to the bureau (the id only when the API gave none).
      this.say(`${UI.submitted[this.uiLang]} ${record.number ?? record.id}`);
      this.draftId = undefined;
      this.data = {};
      localStorage.removeItem(this.storageKey());
      this.emit('pioneer-submitted', record);
    } catch (error) {
      this.failWith(error);
    }
  }

  private async upload(pointer: string, fieldPointer: string, file: File): Promise<void> {
    try {
      const ref = await this.client!.attachments.upload(this.engine!.code, fieldPointer, file, file.name);
      const list = (valueAt(this.data, pointer) as unknown[] | undefined) ?? [];
      setValueAt(this.data, pointer, [...list, ref]);
      this.touched.add(pointer);
      this.draw();
    } catch (error) {
      this.failWith(error);
    }
  }

  private failWith(error: unknown): void {
    if (error instanceof PioneerApiError) this.fail({ code: error.code, message: error.message, issues: error.issues ?? [] });
    else this.fail({ code: 'unexpected', message: { 'zh-CN': '出现意外错误：请重试，或联系管理员', en: 'Something unexpected went wrong: try again, or contact the administrators' }, issues: [] });
  }

  /** Shows a failure where people look (the status line, each field at fault, focus on the first) and tells the page. */
  private fail(detail: PioneerErrorDetail): void {
    const lang = this.uiLang;
    this.statusLine.className = 'status failed';
    this.statusLine.replaceChildren(el('p', { textContent: detail.message[lang] }));
    if (detail.issues.length) {
      this.showAll = true;
      this.showIssues(detail.issues);
      const list = el('ul', { className: 'issues' });
      // Each message names its field already ("单位类型为必填项"); one line per message.
      for (const text of new Set(detail.issues.map((issue) => issueText(issue, lang)))) list.append(el('li', { textContent: text }));
      this.statusLine.append(list);
      fieldForIssue(this.drawn, detail.issues[0].pointer)?.input.focus();
    }
    this.emit('pioneer-error', detail);
  }

  private say(text: string): void {
    this.statusLine.className = 'status';
    this.statusLine.replaceChildren(el('p', { textContent: text }));
  }

  private emit(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  private readLocal(): LocalDraft | undefined {
    try {
      const saved = JSON.parse(localStorage.getItem(this.storageKey()) ?? 'null') as LocalDraft | null;
      return saved && typeof saved.data === 'object' ? saved : undefined;
    } catch {
      return undefined;
    }
  }

  private writeLocal(): void {
    try {
      localStorage.setItem(this.storageKey(), JSON.stringify({ data: this.data, id: this.draftId } satisfies LocalDraft));
    } catch {
      // Private browsing or a full quota: the form still works, a reload just starts empty.
    }
  }
}

/** Registers `<pioneer-apply>` (or another tag name) once. */
export function definePioneerApply(tag = 'pioneer-apply'): void {
  if (!customElements.get(tag)) customElements.define(tag, PioneerApplyElement);
}
