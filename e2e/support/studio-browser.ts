import type { BrowserContext, Locator, Page } from 'playwright-core';
import { launchChromium } from './chromium';

/** Chromium signed in to the backoffice as the demo's admin (picked from the sign-in page's list), as the studio suites start. */
export async function adminBrowser(adminUrl: string): Promise<{ browser: { context: BrowserContext; close: () => Promise<void> }; page: Page }> {
  const browser = await launchChromium();
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  page.setDefaultTimeout(60_000);
  await page.goto(`${adminUrl}/#/login`);
  await page.locator('[data-username="admin"]').click();
  await page.locator('button[type="submit"]').click();
  await page.getByTestId('who').waitFor();
  return { browser, page };
}

/** The studio editor's whole document (CodeMirror draws only what is on screen): read through the view, as EditorView.findFromDOM does. */
export function studioEditorText(page: Page): Promise<string> {
  return page
    .locator('.cm-content')
    .evaluate((el) => (el as unknown as { cmTile: { root: { view: { state: { doc: { toString(): string } } } } } }).cmTile.root.view.state.doc.toString());
}

/** Picks `value` in the MUI select named `label` within `scope` (its options open in a menu at the page's end). */
export async function chooseOption(page: Page, scope: Locator, label: string, value: string): Promise<void> {
  await scope.getByRole('combobox', { name: label }).click();
  await page.locator(`li[data-value="${value}"]`).click();
}
