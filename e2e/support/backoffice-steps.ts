import type { Page } from 'playwright-core';

/** Signs in to the backoffice as a demo user, by its entry on the sign-in page. */
export async function signIn(page: Page, url: string, username: string): Promise<void> {
  await page.goto(`${url}/#/login`);
  await page.locator(`[data-username="${username}"]`).click();
  await page.locator('button[type="submit"]').click();
  await page.getByTestId('who').waitFor();
}

/** Signs out as a person does: the user menu's 登出. */
export async function signOut(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator('.RaUserMenu-userButton').click();
  await page.getByRole('menuitem', { name: '登出' }).click();
  await page.locator('input[name="username"]').waitFor();
}

/** Switches the backoffice's language with the app bar's menu (`from` is the current language's name). */
export async function switchLanguage(page: Page, from: '中文' | 'English', to: '中文' | 'English'): Promise<void> {
  await page.getByRole('button', { name: from }).click();
  await page.getByRole('menuitem', { name: to }).click();
}
