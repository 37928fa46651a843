import type { BrowserContext, Page } from 'playwright-core';
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
