import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { MEASURES } from '@pioneer/contracts';
import { usccCheckCharacter } from '@pioneer/engine';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { stringEvaluatingCode, watchCsp, type CspWatch } from './support/csp-watch';
import { REPO_ROOT } from './support/platform';
import { startPortalPlatform, type PortalPlatform } from './support/portal-platform';
import { expectUnreadableAmountBlocksSubmit, fillPortalComputeVoucher, fillRegistration, portalSignIn, runMatcher, visibleText } from './support/portal-steps';

const SHOTS = path.join(REPO_ROOT, 'tmp', 'e2e');
const MEASURE = 'compute-voucher';
const measure = MEASURES.find((m) => m.code === MEASURE)!;
// A young enterprise (a startup on 2025-06-01: registered less than 36 months before).
const BASE = '91440300MA5FPT0E2';
const CREDIT_CODE = BASE + usccCheckCharacter(BASE);
const ORG = { name: '深圳市鹏城智算科技有限公司', creditCode: CREDIT_CODE, registeredOn: '2023-05-01', username: 'pengcheng-ai', password: 'a-long-passphrase-for-e2e' };

const CJK = /[\u3400-\u9fff\uff00-\uffef]/;
const ENGLISH_UI = /\b(Submit|Save|Sign in|Sign out|Loading|required|must|Estimate|Apply|Upload|Register|Measures|Status)\b/;

describe('applicant portal in Chromium, on the real API', () => {
  let platform: PortalPlatform;
  let browser: { context: BrowserContext; close: () => Promise<void> };
  let page: Page;
  let seen: CspWatch;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    platform = await startPortalPlatform({ now: '2025-06-01T09:00:00+08:00' });
    browser = await launchChromium();
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.setDefaultTimeout(30_000);
    seen = await watchCsp(page);
    // The browser's own complaints end up in the test output: a failing screen says why.
    page.on('console', (message) => message.type() === 'error' && console.error(`browser: ${message.text()}`));
    page.on('pageerror', (error) => console.error(`browser: ${error.message}`));
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('lands a signed-out first visit of "my applications" on the sign-in page, in at most two navigations', async () => {
    let navigations = 0;
    const count = (frame: { parentFrame: () => unknown }) => frame.parentFrame() === null && navigations++;
    page.on('framenavigated', count);
    await page.goto(`${platform.portalUrl}/#/applications`);
    await page.getByRole('heading', { name: '单位账号登录' }).waitFor();
    await page.waitForTimeout(500);
    page.off('framenavigated', count);
    expect(navigations).toBeLessThanOrEqual(2);
    await page.screenshot({ path: path.join(SHOTS, 'portal-sign-in-zh.png') });
  });

  it("is served under a strict Content-Security-Policy: scripts from the portal's origin only, no eval", async () => {
    const csp = (await fetch(platform.portalUrl)).headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp.split('; ').find((d) => d.startsWith('script-src'))).toBe("script-src 'self'");
  });

  it("ships no code that evaluates strings: ajv's compiler is left out, forms validate without it", () => {
    expect(stringEvaluatingCode(platform.outDir)).toEqual([]);
  });

  it('shows the policy on the landing page: measures by section, what each pays, until when', async () => {
    await page.goto(`${platform.portalUrl}/#/`);
    const card = page.locator(`[data-measure="${MEASURE}"]`);
    await card.getByRole('heading', { name: measure.name['zh-CN'] }).waitFor();
    await card.getByText(measure.formula['zh-CN']).waitFor();
    // The last day to apply, as Chinese readers write a date (2026-12-17 → 2026年12月17日).
    const [year, month, day] = measure.validity.to.split('-').map(Number);
    await card.getByText(`${year}年${month}月${day}日`).waitFor();
    await page.getByRole('heading', { name: measure.section.label['zh-CN'] }).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'portal-landing-zh.png'), fullPage: true });
  });

  it('registers an organisation: a wrong phone gets its own message and blocks, then registration succeeds', async () => {
    await fillRegistration(page, platform.portalUrl, ORG, '电话号码');
    await page.getByRole('button', { name: '注册', exact: true }).click();
    await page.getByText('7–20 位数字，可含 +、- 和空格').first().waitFor();
    expect(page.url()).toMatch(/#\/register$/);
    await page.screenshot({ path: path.join(SHOTS, 'portal-register-errors-zh.png'), fullPage: true });
    await page.fill('#root_organisation_contact_phone', '0755-88886666');
    await page.getByRole('button', { name: '注册', exact: true }).click();
    await page.getByText('注册成功，请登录。').waitFor();
  });

  it('signs in and continues to the matcher, which finds the compute voucher', async () => {
    await portalSignIn(page, ORG);
    await runMatcher(page, ORG.registeredOn);
    const card = page.locator(`[data-match="${MEASURE}"]`);
    await card.waitFor();
    expect(await card.getAttribute('data-status')).not.toBe('ineligible');
    await page.locator('[data-status="ineligible"]').first().waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'portal-matcher-zh.png'), fullPage: true });
    await card.getByRole('link', { name: '在线申报' }).click();
  });

  it('applies as a startup: "3000万" reads as 30,000,000 yuan, the estimate is 10,000,000 with the cap explained', async () => {
    await page.locator('#root_project_name').waitFor();
    // Pre-filled from the organisation's record.
    expect(await page.inputValue('#root_applicant_name')).toBe('深圳市鹏城智算科技有限公司');
    expect(await page.inputValue('#root_applicant_creditCode')).toBe(CREDIT_CODE);
    await fillPortalComputeVoucher(page, '3000万');
    await page.getByText('3,000万元').first().waitFor();
    await page.locator('[data-estimate-fen]').waitFor({ timeout: 10_000 }).catch(async () => {
      await page.screenshot({ path: path.join(SHOTS, 'portal-form-no-estimate.png'), fullPage: true });
      throw new Error(`no estimate; the panel says: ${await page.locator('.estimate-panel').innerText()}`);
    });
    expect(await page.locator('[data-estimate-fen]').getAttribute('data-estimate-fen')).toBe('1000000000');
    await page.locator('.estimate-panel').getByText('1,000万元').first().waitFor();
    await page.locator('.estimate-panel').getByText('按上限资助').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'portal-form-estimate-zh.png'), fullPage: true });
  });

  it('blocks submitting an unreadable amount, a badly formed project number or an end date before the start, with specific Chinese messages', async () => {
    await expectUnreadableAmountBlocksSubmit(page);
    // The schema's pattern, checked by the measure's precompiled validator under the CSP, shown under its field with the field's help.
    await page.fill('#root_project_reference', '项目一');
    await page.getByRole('button', { name: '提交申报' }).click();
    await page.locator('#root_project_reference__error').getByText('格式不正确：申请单位内部的项目编号').waitFor();
    await page.fill('#root_project_reference', 'PC-2025-001');
    await page.locator('#root_project_reference__error [data-field-error]').waitFor({ state: 'detached' });
    await page.fill('#root_contract_amount', '3000万');
    await page.fill('#root_contract_endDate', '2025-03-01');
    await page.getByText('合同开始日期不得晚于结束日期').first().waitFor();
    await page.getByRole('button', { name: '提交申报' }).click();
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/#\/apply\//);
    await page.screenshot({ path: path.join(SHOTS, 'portal-form-errors-zh.png'), fullPage: true });
    await page.fill('#root_contract_endDate', '2025-12-31');
    await page.getByText('合同开始日期不得晚于结束日期').first().waitFor({ state: 'detached' });
  });

  it('submits, and "my applications" shows it with its status and amount', async () => {
    await page.getByRole('button', { name: '提交申报' }).click();
    await page.getByText('已提交，可在“我的申报”查看进度。').waitFor();
    await page.goto(`${platform.portalUrl}/#/applications`);
    const card = page.locator(`[data-measure="${MEASURE}"]`).first();
    await card.getByText('已提交').waitFor();
    await card.getByText('1,000万元').waitFor();
    expect(await visibleText(page)).not.toMatch(ENGLISH_UI);
    await page.screenshot({ path: path.join(SHOTS, 'portal-applications-zh.png'), fullPage: true });
  });

  it('switches to English: every label and message changes, no Chinese remains', async () => {
    await page.getByRole('button', { name: 'Switch to English' }).click();
    const card = page.locator(`[data-measure="${MEASURE}"]`).first();
    await card.getByText('Submitted').waitFor();
    await card.getByText('10,000,000 yuan').waitFor();
    expect(await visibleText(page)).not.toMatch(CJK);
    await page.screenshot({ path: path.join(SHOTS, 'portal-applications-en.png'), fullPage: true });
    await page.goto(`${platform.portalUrl}/#/apply/${MEASURE}`);
    await page.locator('#root_project_name').waitFor();
    await page.fill('#root_contract_amount', 'abc');
    await page.getByText('Enter an amount, e.g. 3000万').first().waitFor();
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByText('is required').first().waitFor();
    const text = (await visibleText(page)).replace(/e\.g\. 3000万/g, '');
    expect(text).not.toMatch(CJK);
    await page.screenshot({ path: path.join(SHOTS, 'portal-form-en.png'), fullPage: true });
  });

  it("opens a form with its own measure's engine only: no other policy's code is downloaded", async () => {
    const otherPolicy = MEASURES.find((m) => m.policy !== measure.policy)!.policy;
    const scripts: Promise<string>[] = [];
    const collect = (response: { url: () => string; text: () => Promise<string> }) => response.url().endsWith('.js') && scripts.push(response.text());
    page.on('response', collect);
    await page.reload();
    await page.locator('#root_project_name').waitFor();
    await page.locator('.estimate-panel').waitFor();
    page.off('response', collect);
    const bodies = await Promise.all(scripts);
    expect(bodies.length).toBeGreaterThan(0);
    // Each offender by its opening (a chunk with every policy compiled in is most of a megabyte).
    expect(bodies.filter((body) => body.includes(otherPolicy)).map((body) => body.slice(0, 120))).toEqual([]);
  });

  it('submits what was just typed when Enter comes before the pause in typing that hands it to the form', async () => {
    await page.locator('#root_project_name').waitFor();
    await page.fill('#root_project_name', '');
    // Any moment the field shows an error counts: the value must reach the form before the submit checks it.
    await page.evaluate(() => {
      const w = window as unknown as { __projectNameFlagged: boolean };
      w.__projectNameFlagged = false;
      new MutationObserver(() => {
        if (document.getElementById('root_project_name__error')?.textContent) w.__projectNameFlagged = true;
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.click('#root_project_name');
    await page.keyboard.type('Enter-key project', { delay: 5 });
    await page.keyboard.press('Enter');
    await page.locator('[data-field-error]').first().waitFor();
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { __projectNameFlagged: boolean }).__projectNameFlagged)).toBe(false);
  });

  it('ran every screen and form under its CSP with no violation and no script error', () => {
    expect(seen).toEqual({ violations: [], pageErrors: [] });
  });
});
