import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { moneyLabel, usccCheckCharacter } from '@pioneer/engine';
import type { BrowserContext, Page } from 'playwright-core';
import { signInApi, type ApiSession } from './support/api-session';
import { signIn, signOut, switchLanguage } from './support/backoffice-steps';
import { launchChromium } from './support/chromium';
import { REPO_ROOT, startPlatform, type Platform } from './support/platform';
import { expectUnreadableAmountBlocksSubmit, fillPortalComputeVoucher, fillRegistration, portalSignIn, runMatcher } from './support/portal-steps';

const SHOTS = path.join(REPO_ROOT, 'tmp', 'e2e');
const NOW = '2025-06-01T09:00:00+08:00';
const MEASURE = 'compute-voucher';
// A young enterprise (a startup on 2025-06-01: registered less than 36 months before).
const BASE = '91440300MA5FTX0E3';
const ORG = { name: '深圳市全程故事智能科技有限公司', creditCode: BASE + usccCheckCharacter(BASE), registeredOn: '2023-05-01', username: 'story-startup', password: 'a-long-passphrase-for-the-story' };
/** 30,000,000 yuan at the startup rate is capped at 10,000,000 yuan: integer fen. */
const ESTIMATE_FEN = 1_000_000_000;

/**
 * One application's whole life across both apps, on one API: an applicant registers, matches,
 * applies in the portal; the admin assigns a reviewer, the reviewer recommends, the approver
 * approves in the backoffice; the dashboard and the audit history show it by its readable number.
 */
describe('one story across the portal and the backoffice, in Chromium', () => {
  let platform: Platform;
  let browser: { context: BrowserContext; close: () => Promise<void> };
  let page: Page;
  let admin: ApiSession;
  let application: { id: string; number: string };
  const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `story-${name}.png`), fullPage: true });
  const showUrl = () => `${platform.adminUrl}/#/${MEASURE}/${application.id}/show`;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    platform = await startPlatform({ now: NOW, demo: true, portal: true });
    browser = await launchChromium();
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.setDefaultTimeout(30_000);
    page.on('pageerror', (error) => console.error(`browser: ${error.message}`));
    admin = await signInApi(platform.apiUrl, 'admin', 'admin-demo-pass');
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('the applicant registers its organisation in the portal, signs in and the matcher finds the compute voucher', async () => {
    await fillRegistration(page, platform.portalUrl!, ORG, '0755-88886666');
    await page.getByRole('button', { name: '注册', exact: true }).click();
    await page.getByText('注册成功，请登录。').waitFor();
    await portalSignIn(page, ORG);
    await runMatcher(page, ORG.registeredOn);
    const card = page.locator(`[data-match="${MEASURE}"]`);
    await card.waitFor();
    expect(await card.getAttribute('data-status')).not.toBe('ineligible');
    await shot('1-matcher-zh');
    await card.getByRole('link', { name: '在线申报' }).click();
  });

  it('applies as a startup: "3000万" is 30,000,000 yuan, the estimate 10,000,000 with the cap explained', async () => {
    await fillPortalComputeVoucher(page, '3000万');
    expect(await page.inputValue('#root_applicant_name')).toBe(ORG.name);
    await page.getByText('3,000万元').first().waitFor();
    await page.locator('[data-estimate-fen]').waitFor();
    expect(await page.locator('[data-estimate-fen]').getAttribute('data-estimate-fen')).toBe(String(ESTIMATE_FEN));
    await page.locator('.estimate-panel').getByText(moneyLabel(ESTIMATE_FEN)['zh-CN']).first().waitFor();
    await page.locator('.estimate-panel').getByText('按上限资助').waitFor();
    await shot('2-estimate-zh');
  });

  it('an invalid field shows its own Chinese message and blocks the submission; corrected, it submits', async () => {
    await expectUnreadableAmountBlocksSubmit(page);
    await shot('3-invalid-zh');
    expect((await admin.call('GET', `/api/measures/${MEASURE}/applications?q=${encodeURIComponent(ORG.name)}&status=submitted`)).total).toBe(0);
    await page.fill('#root_contract_amount', '3000万');
    await page.getByText('请输入金额，例如 3000万').first().waitFor({ state: 'detached' });
    await page.getByRole('button', { name: '提交申报' }).click();
    await page.getByText('已提交，可在“我的申报”查看进度。').waitFor();
    // The backoffice's keyword search finds it by the organisation's name.
    const found = await admin.call('GET', `/api/measures/${MEASURE}/applications?q=${encodeURIComponent(ORG.name)}&status=submitted`);
    expect(found.total).toBe(1);
    application = found.data[0];
    expect(application.number).toMatch(/^[A-Z][A-Z0-9]+-2025-\d{6}$/);
    // The applicant reads the same number under "my applications".
    await page.goto(`${platform.portalUrl}/#/applications`);
    await page.locator(`[data-number="${application.number}"]`).getByText(`申请编号：${application.number}`).waitFor();
  });

  it('the admin finds it by its readable number and assigns a reviewer in the backoffice', async () => {
    await signIn(page, platform.adminUrl, 'admin');
    await page.goto(`${platform.adminUrl}/#/${MEASURE}`);
    await page.locator('input[name="q"]').fill(application.number);
    const row = page.locator('tbody tr', { hasText: application.number });
    await row.waitFor();
    // The keyword narrows the list to that one application (the search runs on the server).
    await page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 1);
    await shot('4-list-search-zh');
    await row.click();
    await page.getByTestId('application-title').getByText(application.number).waitFor();
    await page.locator('input[name="reviewers"]').fill('user:reviewer');
    await page.locator('[data-action="assign"]').click();
    await page.getByText('已分配评审专家').first().waitFor();
    await shot('5-assigned-zh');
  });

  it('the reviewer declares no conflict and recommends the amount', async () => {
    await signOut(page);
    await signIn(page, platform.adminUrl, 'reviewer');
    await page.goto(showUrl());
    await page.locator('[data-action="declare-none"]').click();
    await page.locator('[data-action="recommend"]').click();
    await page.getByText('当前状态下您无需办理此申请。').waitFor();
    expect((await admin.call('GET', `/api/applications/${application.id}`)).status).toBe('scored');
    await shot('6-reviewed-zh');
  });

  it('the approver approves that application, and the dashboard committed figure rises by its 10,000,000 yuan', async () => {
    await signOut(page);
    await signIn(page, platform.adminUrl, 'approver');
    const figure = page.getByTestId('figure-committed');
    await figure.waitFor();
    const before = (await admin.call('GET', '/api/statistics')).totals.committed;
    await expect(figure.textContent()).resolves.toBe(moneyLabel(before)['zh-CN']);
    await page.goto(showUrl());
    await page.getByTestId('budget-impact').waitFor();
    await shot('7-approval-zh');
    await page.locator('[data-action="approve"]').click();
    await page.getByTestId('payment-panel').or(page.getByText('当前状态下您无需办理此申请。')).first().waitFor();
    const approved = await admin.call('GET', `/api/applications/${application.id}`);
    expect([approved.status, approved.approvedAmount]).toEqual(['approved', ESTIMATE_FEN]);
    await page.goto(`${platform.adminUrl}/#/`);
    await page.getByText(moneyLabel(before + ESTIMATE_FEN)['zh-CN'], { exact: true }).first().waitFor();
    await expect(page.getByTestId('figure-committed').textContent()).resolves.toBe(moneyLabel(before + ESTIMATE_FEN)['zh-CN']);
    await shot('8-dashboard-zh');
  });

  it('the application shows its readable number, and its audit history every step in order', async () => {
    await page.goto(showUrl());
    await page.getByTestId('application-number').getByText(application.number).waitFor();
    await page.getByTestId('audit-history').locator('tbody tr').first().waitFor();
    const actions = await page.locator('[data-audit-action]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-audit-action')));
    const steps = ['application.create', 'application.submit', 'application.assign', 'review.declare', 'application.recommend', 'application.approve'];
    // Each step appears, in this order (drafts saved on the way add updates between them).
    expect(steps.map((step) => actions.indexOf(step))).toEqual([...steps.map((step) => actions.indexOf(step))].sort((a, b) => a - b));
    expect(steps.every((step) => actions.includes(step))).toBe(true);
    await expect(page.locator('h2', { hasText: '办理记录' }).textContent()).resolves.toContain(application.number);
    await shot('9-application-zh');
  });

  it('English changes the labels: the number, the status and the history read in English', async () => {
    await switchLanguage(page, '中文', 'English');
    await page.getByText('Application number').first().waitFor();
    await page.locator('h2', { hasText: 'History' }).waitFor();
    await page.getByText('Approved', { exact: true }).first().waitFor();
    const labels = await page.locator('.RaLabeled-label, th, h2, .MuiTypography-h6').allInnerTexts();
    expect(labels.filter((text) => /\p{Script=Han}/u.test(text))).toEqual([]);
    await shot('10-application-en');
    await switchLanguage(page, 'English', '中文');
  });
});
