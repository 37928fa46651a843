import type { Page } from 'playwright-core';

/**
 * What a person notices on a phone, measured in the page: anything wider than the screen,
 * controls smaller than a fingertip, words of the other language. Each returns the offenders
 * (empty: none), so a failing test names them.
 */

/** Elements reaching past the screen's right edge (the page scrolls sideways, or text is cut). */
export const tooWide = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.right > window.innerWidth + 1;
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} ends at ${Math.round(el.getBoundingClientRect().right)} px`),
  );

/**
 * Controls a finger hits under 44 × 44 px (WCAG 2.5.5). What is touched is the control with its
 * label when the label is clickable (a checkbox and its words); controls out of reach of touch
 * (aria-hidden, tabindex -1 inputs such as MUI's hidden native select, visually hidden file
 * inputs opened by their label) do not count.
 */
export const smallTouchTargets = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const small: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [role=button], [role=combobox]')) {
      if (el.closest('[aria-hidden=true]') || el.getAttribute('tabindex') === '-1') continue;
      const box = el.getBoundingClientRect();
      if (box.width <= 2 || box.height <= 2) continue; // visually hidden, reached through its label
      const label = (el as HTMLInputElement).labels?.[0]?.getBoundingClientRect();
      const width = label ? Math.max(box.right, label.right) - Math.min(box.left, label.left) : box.width;
      const height = label ? Math.max(box.bottom, label.bottom) - Math.min(box.top, label.top) : box.height;
      if (width < 43.5 || height < 43.5) small.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 24)}" ${Math.round(width)}×${Math.round(height)}`);
    }
    return small;
  });

/**
 * Visible text of the other language: Latin words in the Chinese portal, Chinese in the English
 * one. What people typed or reviewers wrote (marked translate="no"), the language switch and the
 * signed-in user's name are theirs, not the portal's; application numbers, file names and sizes
 * are the same in both languages.
 */
export const otherLanguageText = (page: Page, lang: 'zh-CN' | 'en'): Promise<string[]> =>
  page.evaluate((lang) => {
    const same = [/^[A-Z]{2,}-\d{4}-\d+$/, /\.(pdf|png|jpe?g|docx?|xlsx?)$/i, /^\(?\d[\d,]* KB\)?$/];
    const other = lang === 'zh-CN' ? /[A-Za-z]{2,}/ : /[\u3400-\u9fff]/;
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const text = (walker.currentNode.textContent ?? '').trim();
      const parent = walker.currentNode.parentElement;
      if (!text || !parent || !parent.getClientRects().length) continue;
      if (parent.closest('script, style, [translate=no], [data-lang-switch], .who')) continue;
      if (other.test(text) && !same.some((pattern) => pattern.test(text))) found.push(text.slice(0, 80));
    }
    return [...new Set(found)];
  }, lang);
