import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { MEASURES, SECTIONS } from '@pioneer/contracts';
import { moneyLabel } from '@pioneer/engine';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { fillComputeVoucher } from './support/compute-voucher-form';
import { watchCsp, type CspWatch } from './support/csp-watch';
import { REPO_ROOT, startPlatform, type Platform } from './support/platform';

const SHOTS = path.join(REPO_ROOT, 'tmp', 'e2e');
const MEASURE = 'compute-voucher';

/** The menu as the user sees it: each measure item under the section heading above it. */
async function menu(page: Page): Promise<Array<{ section: string; item: string }>> {
  return page.$$eval('[data-menu-group="section"], .RaMenuItemLink-root', (nodes) => {
    let section = '';
    const rows: Array<{ section: string; item: string }> = [];
    for (const node of nodes) {
      const text = (node.textContent ?? '').trim();
      if (node.getAttribute('data-menu-group') === 'section') section = text;
      else if (section) rows.push({ section, item: text });
    }
    return rows;
  });
}

/** What the catalogue says the menu must be: sections in order, measures with a form, in clause order. */
function expectedMenu(lang: 'zh-CN' | 'en'): Array<{ section: string; item: string }> {
  return SECTIONS.flatMap((s) =>
    MEASURES.filter((m) => m.policy === s.policy && m.section.code === s.code && m.hasForm)
      .slice()
      .sort((a, b) => a.order - b.order || a.clause.localeCompare(b.clause, 'en', { numeric: true }) || a.code.localeCompare(b.code))
      .map((m) => ({ section: s.label[lang], item: m.name[lang] })),
  );
}

describe('backoffice in Chromium, on the real API', () => {
  let platform: Platform;
  let browser: { context: BrowserContext; close: () => Promise<void> };
  let page: Page;
  let award = 0;
  let seen: CspWatch;
  const measure = MEASURES.find((m) => m.code === MEASURE)!;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    platform = await startPlatform({ now: '2025-06-01T09:00:00+08:00', demo: true });
    browser = await launchChromium();
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.setDefaultTimeout(30_000);
    seen = await watchCsp(page);
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('signs in as admin and shows the menu grouped by policy section, in Chinese', async () => {
    await page.goto(platform.adminUrl);
    await page.locator('input[name="username"]').fill('admin');
    await page.locator('input[name="password"]').fill('admin-demo-pass');
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page.getByTestId('who-role').textContent()).resolves.toBe('管理员');
    await page.getByTestId('catalogue-total').waitFor();
    expect(await menu(page)).toEqual(expectedMenu('zh-CN'));
    await page.screenshot({ path: path.join(SHOTS, 'admin-dashboard-zh.png') });
  });

  it('opens the compute-voucher list, a generated resource', async () => {
    await page.getByRole('menuitem', { name: measure.name['zh-CN'], exact: true }).click();
    await page.waitForURL(`**/#/${MEASURE}`);
    await page.getByText(`${measure.name['zh-CN']} · 申请`).first().waitFor();
  });

  it('refuses to submit an empty form, naming the missing fields in Chinese', async () => {
    await page.goto(`${platform.adminUrl}/#/${MEASURE}/create`);
    await page.locator('#root_applicant_name').waitFor();
    await page.click('[data-action="save-submit"]');
    await page.getByText('为必填项').first().waitFor();
    expect(page.url()).toMatch(/\/create$/);
    await page.screenshot({ path: path.join(SHOTS, 'admin-create-errors-zh.png') });
  });

  it('creates and submits an application through the generated form, amounts typed in yuan', async () => {
    await fillComputeVoucher(page, '2,000,000');
    await page.getByText('200万元').first().waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'admin-create-zh.png'), fullPage: true });
    await page.click('[data-action="save-submit"]');
    await page.getByTestId('decision').waitFor();

    // The form stored integer fen; the award is the engine's for this applicant, whose demo
    // history (other applications of the demo data) the policy-wide rules take into account.
    const id = /#\/compute-voucher\/([0-9a-f-]{36})\/show/.exec(page.url())?.[1];
    const response = await fetch(`${platform.apiUrl}/api/applications/${id}`, { headers: { Authorization: 'Bearer admin-demo' } });
    const created = (await response.json()) as { status: string; amount: number; data: { contract: { amount: number } } };
    expect(created).toMatchObject({ status: 'submitted', data: { contract: { amount: 200_000_000 } } });
    award = created.amount;
  });

  it('lists it with the contract amount and the award in 元', async () => {
    await page.getByRole('menuitem', { name: measure.name['zh-CN'], exact: true }).click();
    // The demo's applications are listed too: ours is the one of 200万元.
    const row = page.locator('tbody tr', { hasText: '200万元' });
    await row.getByText('已提交').waitFor();
    await expect(row.getByText('200万元').count()).resolves.toBe(1);
    await expect(row.getByText(moneyLabel(award)['zh-CN']).count()).resolves.toBeGreaterThanOrEqual(1);
    await page.screenshot({ path: path.join(SHOTS, 'admin-list-zh.png') });
  });

  it('switches to English: menu, list title and amounts follow', async () => {
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByText(`${measure.name.en} · applications`).first().waitFor();
    expect(await menu(page)).toEqual(expectedMenu('en'));
    const row = page.locator('tbody tr', { hasText: '2,000,000 yuan' });
    await row.getByText('Submitted').waitFor();
    await expect(row.getByText('2,000,000 yuan').count()).resolves.toBe(1);
    await expect(row.getByText(moneyLabel(award).en).count()).resolves.toBeGreaterThanOrEqual(1);
    await page.screenshot({ path: path.join(SHOTS, 'admin-list-en.png') });
  });

  it("ran under the backoffice's strict CSP (no eval) with no violation and no script error", () => {
    expect(seen).toEqual({ violations: [], pageErrors: [] });
  });
});
