import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { usccCheckCharacter } from '@pioneer/engine';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium, PHONE } from './support/chromium';
import { REPO_ROOT } from './support/platform';
import { startPortalPlatform, type PortalPlatform } from './support/portal-platform';

/**
 * The applicant portal as people who use a phone, a keyboard or a screen reader meet it: every
 * screen passes axe-core's WCAG 2.1 A/AA rules at a phone's width and scrolls only vertically,
 * signing in works from the keyboard alone, and a refused submit is announced (an alert) and
 * marks the fields (aria-invalid, described by their message) — in Chinese and in English.
 */
const SHOTS = path.join(REPO_ROOT, 'tmp', 'e2e');
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const BASE = '91440300MA5FA11Y0';
const USER = { username: 'a11y-applicant', password: 'a-long-passphrase-for-e2e' };

interface Violation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** axe-core's WCAG 2.1 A and AA rules over the page as it is now (injected through the debugger: the portal's CSP stays on). */
async function wcagViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    type Found = { id: string; impact: string; help: string; nodes: Array<{ target: string[] }> };
    const axe = (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<{ violations: Found[] }> } }).axe;
    const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
}

/** How far the page is wider than the phone's screen, in CSS pixels (0: no sideways scrolling). */
const sidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('applicant portal on a phone: accessibility (axe-core, keyboard, announcements)', () => {
  let platform: PortalPlatform;
  let browser: { context: BrowserContext; close: () => Promise<void> };
  let page: Page;

  const expectAccessible = async (screen: string) => {
    await page.screenshot({ path: path.join(SHOTS, `portal-phone-${screen}.png`), fullPage: true });
    expect({ screen, violations: await wcagViolations(page) }).toEqual({ screen, violations: [] });
    expect({ screen, overflow: await sidewaysOverflow(page) }).toEqual({ screen, overflow: 0 });
  };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    platform = await startPortalPlatform({ now: '2025-06-01T09:00:00+08:00' });
    browser = await launchChromium(PHONE);
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.setDefaultTimeout(30_000);
    page.on('pageerror', (error) => console.error(`browser: ${error.message}`));
    const registered = await fetch(`${platform.apiUrl}/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        organisation: { creditCode: BASE + usccCheckCharacter(BASE), name: '深圳市无障碍智能科技有限公司', kind: 'enterprise', district: 'nanshan', registeredOn: '2023-05-01', contact: { name: '李四', phone: '0755-88886666' } },
        user: { ...USER, displayName: '李四' },
      }),
    });
    expect(registered.status).toBe(201);
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('passes WCAG 2.1 A/AA and fits the screen: landing page, registration and sign-in', async () => {
    await page.goto(`${platform.portalUrl}/`);
    await page.getByRole('heading').first().waitFor();
    await expectAccessible('landing');
    await page.goto(`${platform.portalUrl}/#/register`);
    await page.locator('#root_organisation_name').waitFor();
    await expectAccessible('register');
    await page.goto(`${platform.portalUrl}/#/sign-in`);
    await page.locator('input[name="username"]').waitFor();
    await expectAccessible('sign-in');
  });

  it('signs in from the keyboard alone: type, Tab, Tab, Enter', async () => {
    await page.locator('input[name="username"]').focus();
    await page.keyboard.type(USER.username);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('password');
    await page.keyboard.type(USER.password);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: '我的申报' }).waitFor();
  });

  it('passes on the matcher, the compute-voucher form and "my applications"', async () => {
    await expectAccessible('my-applications');
    await page.goto(`${platform.portalUrl}/#/match`);
    await page.getByRole('heading', { name: '政策匹配' }).waitFor();
    await expectAccessible('matcher');
    await page.goto(`${platform.portalUrl}/#/apply/compute-voucher`);
    await page.locator('#root_project_name').waitFor();
    await expectAccessible('form');
  });

  it('announces a refused submit and marks each field with its message, in Chinese and in English', async () => {
    for (const [submit, required] of [
      ['提交申报', '为必填项'],
      ['Submit', 'is required'],
    ]) {
      if (submit === 'Submit') await page.getByRole('button', { name: 'Switch to English' }).click();
      await page.getByRole('button', { name: submit, exact: true }).click();
      // A text field and an amount: each is invalid, and the message it is described by (what a
      // screen reader reads with it) is its own.
      for (const id of ['root_project_name', 'root_contract_amount']) {
        const field = page.locator(`#${id}`);
        await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
        const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
        const messages = await page.evaluate((ids) => ids.split(/\s+/).filter(Boolean).map((ref) => document.getElementById(ref)?.textContent ?? ''), describedBy);
        expect({ id, read: messages.join(' ') }).toEqual({ id, read: expect.stringContaining(required) });
      }
      await page.getByRole('alert').filter({ hasText: required }).first().waitFor();
      await expectAccessible(submit === 'Submit' ? 'form-errors-en' : 'form-errors-zh');
    }
  });
});
