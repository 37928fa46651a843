/* eslint-disable @typescript-eslint/no-explicit-any -- API bodies are arbitrary JSON */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { signInApi, type ApiSession } from './support/api-session';
import { signIn, signOut, switchLanguage } from './support/backoffice-steps';
import { launchChromium } from './support/chromium';
import { REPO_ROOT, startPlatform, type Platform } from './support/platform';

const SHOTS = path.join(REPO_ROOT, 'tmp', 'e2e');
const JOB = /\/api\/export-jobs\/[0-9a-f-]{36}$/;

/**
 * Answers the next GET of one job with the real answer changed by `change`: a demo ledger's job is
 * done before the page first asks, so its progress or a failure is only seen this way.
 */
async function answerNextFollowWith(page: Page, change: (job: any) => any): Promise<void> {
  await page.route(JOB, async (route) => {
    const job = await (await route.fetch()).json();
    await route.fulfill({ json: change(job) });
    await page.unroute(JOB);
  });
}

describe('export jobs in the backoffice (Chromium): a whole ledger exported in the background, then downloaded again from 我的导出', () => {
  let platform: Platform;
  let browser: { context: BrowserContext; close: () => Promise<void> };
  let page: Page;
  let approver: ApiSession;
  let budget: any;
  let csv: string;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    platform = await startPlatform({ now: '2025-06-01T09:00:00+08:00', demo: true });
    browser = await launchChromium();
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.setDefaultTimeout(30_000);
    approver = await signInApi(platform.apiUrl, 'approver', 'approver-demo-pass');
    // The demo's ledger with the most entries (approvals and payments).
    budget = ((await approver.call('GET', '/api/budgets')) as any[]).sort((a, b) => b.committed + b.paid - (a.committed + a.paid))[0];
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('an approver starts a ledger CSV export, follows its progress in Chinese, and downloads the ledger with its zh-CN header', async () => {
    await signIn(page, platform.adminUrl, 'approver');
    await page.getByRole('menuitem', { name: '预算台账' }).click();
    const card = page.getByTestId(`ledger-${budget.budget}`);
    await answerNextFollowWith(page, (job) => ({ ...job, status: 'running', rowsWritten: 1, rowsTotal: 1234, fileName: null }));
    await card.getByTestId(`ledger-export-csv-${budget.budget}`).click();
    await expect(card.getByTestId('export-job-progress').textContent()).resolves.toBe('已写 1 / 1,234 行');
    await page.screenshot({ path: path.join(SHOTS, 'export-jobs-progress-zh.png') });

    const link = card.getByTestId('export-job-download');
    await expect(link.textContent()).resolves.toBe(`下载 ledger-${budget.budget}-${budget.year}.csv`);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(`ledger-${budget.budget}-${budget.year}.csv`);
    csv = readFileSync(await download.path()).toString('utf8');
    // A BOM first, so spreadsheets read the Chinese as UTF-8 (trim() would drop it: it counts as white space).
    expect(csv.startsWith('\ufeff')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('时间,申请编号,类型,金额（元）,操作人,备注');
    const entries = await approver.call('GET', `/api/budgets/${budget.policy}/${budget.budget}/${budget.year}/entries?perPage=100`);
    expect(entries.total).toBeGreaterThan(0);
    expect(lines.slice(1).map((line) => line.split(',')[1]).sort()).toEqual(entries.data.map((e: any) => e.applicationNumber).sort());
    await page.screenshot({ path: path.join(SHOTS, 'export-jobs-ledger-zh.png'), fullPage: true });
  });

  it('a job that fails says why in Chinese where it was started', async () => {
    const card = page.getByTestId(`ledger-${budget.budget}`);
    const reason = { 'zh-CN': '导出失败：请重新发起导出；如仍失败，请联系管理员', en: 'The export failed: start it again; if it fails again, tell an administrator' };
    await answerNextFollowWith(page, (job) => ({ ...job, status: 'failed', reason, fileName: null, size: null }));
    await card.getByTestId(`ledger-export-xlsx-${budget.budget}`).click();
    await expect(card.getByRole('alert').textContent()).resolves.toBe(reason['zh-CN']);
    await page.screenshot({ path: path.join(SHOTS, 'export-jobs-failed-zh.png') });
  });

  it('我的导出 lists the jobs, newest first, with their size, and downloads the same file again; in English too', async () => {
    await page.getByRole('menuitem', { name: '我的导出' }).click();
    // The XLSX job really finished (only its follow-up answer was a failure).
    const rows = page.getByTestId('export-jobs').locator('tbody tr');
    await rows.nth(1).waitFor();
    await expect(rows.count()).resolves.toBe(2);
    await expect(rows.first().textContent()).resolves.toContain('XLSX');
    const csvRow = page.getByTestId('export-job-done').filter({ hasText: 'CSV' });
    const text = (await csvRow.textContent()) ?? '';
    // The budget by its name, not its code.
    expect(text).toContain(`预算台账 · ${budget.label['zh-CN']} · ${budget.year} 年 · CSV`);
    expect(text).toContain('已完成');
    expect(text).toMatch(/\d+ KB/);
    const [again] = await Promise.all([page.waitForEvent('download'), csvRow.getByTestId('export-job-download').click()]);
    expect(readFileSync(await again.path()).toString('utf8')).toBe(csv);
    await page.screenshot({ path: path.join(SHOTS, 'export-jobs-list-zh.png'), fullPage: true });

    await switchLanguage(page, '中文', 'English');
    await page.getByRole('menuitem', { name: 'My exports' }).waitFor();
    await expect(csvRow.textContent()).resolves.toContain(`Ledger · ${budget.label.en} · ${budget.year} · CSV`);
    await expect(csvRow.textContent()).resolves.toContain('Done');
    await page.screenshot({ path: path.join(SHOTS, 'export-jobs-list-en.png'), fullPage: true });
    await switchLanguage(page, 'English', '中文');
  });

  it('a reviewer (no ledger permission) has neither the ledger nor 我的导出 in its menu, nor the page at its address', async () => {
    await signOut(page);
    await signIn(page, platform.adminUrl, 'reviewer');
    await page.getByRole('menuitem').first().waitFor();
    expect(await page.getByRole('menuitem', { name: '我的导出' }).count()).toBe(0);
    expect(await page.getByRole('menuitem', { name: '预算台账' }).count()).toBe(0);
    await page.goto(`${platform.adminUrl}/#/exports`);
    await page.getByTestId('who').waitFor();
    expect(await page.getByTestId('export-jobs').count()).toBe(0);
    await page.goto(`${platform.adminUrl}/#/budgets`);
    await page.getByTestId('who').waitFor();
    expect(await page.locator('[data-testid^="ledger-export-"]').count()).toBe(0);
  });
});
