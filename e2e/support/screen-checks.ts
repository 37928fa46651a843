import type { Page } from 'playwright-core';

/**
 * What the UI may show in the other script: codes and names that are the same in both languages.
 * Application numbers (SZAI-2025-000123), credit codes, record ids, file kinds and size units,
 * "AI" (as Chinese writes it), the policy-wide rules' names (P1…P6), SHA-256.
 */
const SHARED_TOKENS = [/\b[A-Z]{2,8}-\d{4}-\d{6}\b/g, /\b[0-9A-Z]{18}\b/g, /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g, /\b(AI|CSV|XLSX|PDF|PNG|JPEG|ZIP|KB|MB|GB|SHA-256|P\d)\b/g, /\buser:[a-z-]+/g];

/**
 * Where the words are the people's own, not the UI's: what applicants typed, the registry's names
 * and accounts, account ids, the signed-in name.
 */
const USER_TEXT = ['[data-user-text]', '[class*="column-data."]', '.RaUserMenu-userButton', ...['name', 'displayName', 'username', 'createdBy', 'prefix', 'contact.name', 'contact.email'].map((field) => `.column-${field.replace('.', '\\.')}`)].join(', ');

/** A problem a person would see on a screen, with the text that shows it. */
export interface ScreenProblem {
  kind: 'wider than the screen' | 'English in the Chinese UI' | 'Chinese in the English UI' | 'number without separators' | 'message key';
  text: string;
}

/**
 * Reads the visible screen as a person would and lists what is wrong with it: wider than the
 * window (sideways scrolling), words of the other language outside people's own data, numbers of
 * five digits or more without thousands separators, raw message keys.
 */
export async function screenProblems(page: Page, lang: 'zh-CN' | 'en'): Promise<ScreenProblem[]> {
  return page.evaluate(
    ({ lang, userText, tokens }) => {
      const problems: Array<{ kind: string; text: string }> = [];
      const root = document.documentElement;
      if (root.scrollWidth > root.clientWidth + 1) problems.push({ kind: 'wider than the screen', text: `${root.scrollWidth} px > ${root.clientWidth} px` });
      const shared = tokens.map((source) => new RegExp(source, 'g'));
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode;
        const element = node.parentElement;
        const raw = (node.textContent ?? '').trim();
        if (!raw || !element || element.closest(`script, style, noscript, ${userText}`)) continue;
        // Not on screen: a closed menu kept in the page (the language menu), a collapsed panel.
        if (!element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
        const text = shared.reduce((rest, token) => rest.replace(token, ''), raw);
        if (lang === 'zh-CN' && /[A-Za-z]{2,}/.test(text)) problems.push({ kind: 'English in the Chinese UI', text: raw });
        if (lang === 'en' && /\p{Script=Han}/u.test(text)) problems.push({ kind: 'Chinese in the English UI', text: raw });
        if (/(?<![\d,.:-])\d{5,}(?![\d-])/.test(text.replace(/\d{4}-\d{2}-\d{2}/g, ''))) problems.push({ kind: 'number without separators', text: raw });
        if (/\b(pioneer|resources|ra)\.[\w-]+\.[\w.-]+/.test(raw)) problems.push({ kind: 'message key', text: raw });
      }
      return problems as ScreenProblem[];
    },
    { lang, userText: USER_TEXT, tokens: SHARED_TOKENS.map((token) => token.source) },
  );
}

/**
 * react-admin 5.15's inputs still hand MUI 9's TextField its removed `InputProps`/`inputProps`:
 * React's development warning, about the libraries' pairing (the inputs work), not our screens.
 */
const LIBRARY_WARNINGS = /React does not recognize the `%s` prop on a DOM element.*\b(InputProps|inputProps) (InputProps|inputProps|inputprops)\b/s;

/** What the page reported going wrong: script errors, console errors, API answers of 4xx/5xx. */
export function watchFailures(page: Page): string[] {
  const failures: string[] = [];
  page.on('pageerror', (error) => failures.push(`script error: ${String(error)}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !LIBRARY_WARNINGS.test(message.text())) failures.push(`console: ${message.text().slice(0, 300)}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && new URL(response.url()).pathname.startsWith('/api/')) failures.push(`${response.status()} ${response.request().method()} ${new URL(response.url()).pathname}`);
  });
  return failures;
}
