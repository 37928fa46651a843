/* eslint-disable @typescript-eslint/no-explicit-any -- API bodies are arbitrary JSON */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { signInApi, type ApiSession } from './support/api-session';
import { signIn } from './support/backoffice-steps';
import { launchChromium } from './support/chromium';
import { REPO_ROOT, startPlatform, type Platform } from './support/platform';

const SHOTS = path.join(REPO_ROOT, 'tmp', 'e2e');

describe('export jobs in the backoffice (Chromium): a whole ledger exported in the background, then downloaded again from 我的导出', () => {
  let platform: Platform;
  let browser: { context: BrowserContext; close: () => Promise<void> };
  let page: Page;
  let approver: ApiSession;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    platform = await startPlatform({ now: '2025-06-01T09:00:00+08:00', demo: true });
    browser = await launchChromium();
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.setDefaultTimeout(30_000);
    approver = await signInApi(platform.apiUrl, 'approver', 'approver-demo-pass');
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('an approver starts a ledger export, sees it done with its download link, downloads it, and finds it under 我的导出', async () => {
    const budgets = (await approver.call('GET', '/api/budgets')) as any[];
    const budget = budgets.find((b) => b.committed > 0) ?? budgets[0];
    await signIn(page, platform.adminUrl, 'approver');
    await page.goto(`${platform.adminUrl}/#/budgets`);
    const card = page.getByTestId(`ledger-${budget.budget}`);
    await card.getByTestId(`ledger-export-csv-${budget.budget}`).click();
    const link = card.getByTestId('export-job-download');
    await link.waitFor().catch(async (error) => {
      await page.screenshot({ path: path.join(SHOTS, 'export-jobs-failed.png'), fullPage: true });
      throw error;
    });
    await expect(link.textContent()).resolves.toContain(`下载 ledger-${budget.budget}-${budget.year}.csv`);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const text = readFileSync(await download.path()).toString('utf8');
    expect(text.startsWith('\ufeff时间,申请编号,类型,金额（元）')).toBe(true);
    const entries = await approver.call('GET', `/api/budgets/${budget.policy}/${budget.budget}/${budget.year}/entries?perPage=1`);
    expect(text.trim().split('\r\n')).toHaveLength(1 + entries.total);
    await page.screenshot({ path: path.join(SHOTS, 'export-jobs-ledger-zh.png'), fullPage: true });

    await page.getByRole('menuitem', { name: '我的导出' }).click();
    const row = page.getByTestId('export-job-done').first();
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('已完成');
    await expect(row.textContent()).resolves.toContain(`预算台账 · ${budget.budget} · ${budget.year} 年`);
    const [again] = await Promise.all([page.waitForEvent('download'), row.getByTestId('export-job-download').click()]);
    expect(readFileSync(await again.path()).toString('utf8')).toBe(text);
    await page.screenshot({ path: path.join(SHOTS, 'export-jobs-list-zh.png'), fullPage: true });
  });
});
