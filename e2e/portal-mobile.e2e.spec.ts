import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { usccCheckCharacter } from '@pioneer/engine';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium, PHONE } from './support/chromium';
import { otherLanguageText, smallTouchTargets, tooWide } from './support/phone-checks';
import { REPO_ROOT } from './support/platform';
import { startPortalPlatform, type PortalPlatform } from './support/portal-platform';
import { pdf, portalSignIn, runMatcher } from './support/portal-steps';

/**
 * An applicant's whole journey on a phone, in Chinese and in English, as a person would notice
 * it: nothing wider than the screen, every control a fingertip wide, no words of the other
 * language, dates as each language writes them, the live estimate in sight while typing, a
 * returned application that opens with what the reviewer asked, a session that renews itself
 * without failing requests and, when it cannot, says so — and no error in the browser's console.
 */
const SHOTS = path.join(REPO_ROOT, 'tmp', 'e2e');
const ADMIN = 'portal-mobile-e2e-admin';
const BASE = '91440300MA5FM0B1L';
const ORG = { creditCode: BASE + usccCheckCharacter(BASE), name: '深圳市掌上智能科技有限公司', username: 'phone-applicant', password: 'a-long-passphrase-for-e2e' };
const REASON = '请补充经审计的算力合同付款凭证';
const example = JSON.parse(readFileSync(path.join(REPO_ROOT, 'schemas/policies/shenzhen-ai-2024/examples/applications/compute-voucher.json'), 'utf8'));

describe('applicant portal on a phone, in Chinese and in English', () => {
  let platform: PortalPlatform;
  let browser: { context: BrowserContext; close: () => Promise<void> };
  let page: Page;
  let returnedId = '';
  const consoleErrors: string[] = [];
  const unauthorised: string[] = [];

  /** The API as the applicant (or staff): JSON in, JSON out. */
  const api = async (method: string, route: string, token: string, body?: unknown) => {
    const response = await fetch(`${platform.apiUrl}${route}`, { method, headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
    if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${await response.text()}`);
    return response.json();
  };

  /** A submitted compute-voucher application of the organisation (its evidence uploaded), sent back by a reviewer. */
  async function returnedApplication(): Promise<string> {
    const { accessToken } = await api('POST', '/api/auth/sign-in', '', { username: ORG.username, password: ORG.password });
    const upload = async (field: string, name: string) => {
      const file = pdf(name);
      const form = new FormData();
      form.append('file', new Blob([file.buffer], { type: file.mimeType }), name);
      const response = await fetch(`${platform.apiUrl}/api/measures/compute-voucher/attachments?field=${encodeURIComponent(field)}`, { method: 'POST', headers: { authorization: `Bearer ${accessToken}` }, body: form });
      if (!response.ok) throw new Error(`upload: ${response.status} ${await response.text()}`);
      return response.json();
    };
    const data = {
      ...example,
      applicant: { ...example.applicant, name: ORG.name, creditCode: ORG.creditCode, registeredOn: '2023-05-01' },
      attachments: { contract: [await upload('/attachments/contract', '算力服务合同.pdf')], invoices: [await upload('/attachments/invoices', '发票.pdf')] },
    };
    const record = await api('POST', '/api/measures/compute-voucher/applications', accessToken, data);
    await api('POST', `/api/measures/compute-voucher/applications/${record.id}/submit`, accessToken);
    await api('POST', `/api/applications/${record.id}/return`, ADMIN, { reason: REASON });
    return record.id;
  }

  /** The screen as a person sees it: fits, fingertip-sized, one language. */
  async function expectPhoneFriendly(screen: string, lang: 'zh-CN' | 'en') {
    await page.screenshot({ path: path.join(SHOTS, `portal-mobile-${lang}-${screen}.png`), fullPage: true });
    expect({ screen, lang, tooWide: await tooWide(page), small: await smallTouchTargets(page), otherLanguage: await otherLanguageText(page, lang) }).toEqual({ screen, lang, tooWide: [], small: [], otherLanguage: [] });
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    platform = await startPortalPlatform({ now: '2025-06-01T09:00:00+08:00', tokens: { [ADMIN]: 'admin' } });
    const registered = await fetch(`${platform.apiUrl}/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        organisation: { creditCode: ORG.creditCode, name: ORG.name, kind: 'enterprise', district: 'nanshan', registeredOn: '2023-05-01', contact: { name: '王五', phone: '0755-88887777' } },
        user: { username: ORG.username, password: ORG.password, displayName: '王五' },
      }),
    });
    expect(registered.status).toBe(201);
    returnedId = await returnedApplication();
    browser = await launchChromium(PHONE);
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.setDefaultTimeout(30_000);
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(`${message.text()} (${message.location().url})`));
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    page.on('response', (response) => response.status() === 401 && unauthorised.push(response.url()));
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('landing, matcher and sign-in fit the phone, in Chinese with clauses as 第…条 and days as 年月日', async () => {
    await page.goto(`${platform.portalUrl}/#/`);
    const card = page.locator('[data-measure="compute-voucher"]');
    await card.getByText('第二条').waitFor();
    await card.getByText(/^\d{4}年\d{1,2}月\d{1,2}日$/).waitFor();
    await expectPhoneFriendly('landing', 'zh-CN');
    await page.goto(`${platform.portalUrl}/#/match`);
    await runMatcher(page, '2023-05-01');
    // The results are below the questions: the reader is taken to them.
    await page.locator('[data-match="compute-voucher"]').waitFor();
    expect(await page.evaluate(() => !!document.activeElement?.closest('[data-match-results]'))).toBe(true);
    await expectPhoneFriendly('matcher', 'zh-CN');
    await page.goto(`${platform.portalUrl}/#/applications`);
    await page.locator('input[name="username"]').waitFor();
    await expectPhoneFriendly('sign-in', 'zh-CN');
    await portalSignIn(page, ORG);
    await page.locator(`[data-application="${returnedId}"]`).waitFor();
    await expectPhoneFriendly('my-applications', 'zh-CN');
  });

  it('keeps the live estimate in sight while the amount is typed far down the form', async () => {
    await page.goto(`${platform.portalUrl}/#/apply/compute-voucher`);
    await page.locator('#root_contract_amount').fill('3000万');
    await page.locator('#root_contract_amount').blur();
    const bar = page.locator('.estimate-bar');
    await bar.getByText('1,000万元').waitFor();
    const box = (await bar.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.viewport.height + 1);
    expect(box.y).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SHOTS, 'portal-mobile-zh-CN-estimate-in-sight.png') });
    await expectPhoneFriendly('form', 'zh-CN');
  });

  it("opens a returned application with the reviewer's request, and resubmits it", async () => {
    await page.goto(`${platform.portalUrl}/#/applications`);
    await page.locator(`[data-application="${returnedId}"]`).getByRole('link', { name: '补正并重新提交' }).click();
    await page.locator('[data-returned-for]').getByText(REASON).waitFor();
    await expectPhoneFriendly('returned-form', 'zh-CN');
    await page.getByRole('button', { name: '重新提交', exact: true }).click();
    await page.getByText('已提交，可在“我的申报”查看进度。').waitFor();
    // The detail names its measure and number, and the day in Beijing time as Chinese readers write it.
    await page.getByRole('heading', { name: '训力券' }).waitFor();
    await page.locator('[data-number]').getByText(/^SZAI-2025-\d+$/).waitFor();
    await page.getByText('2025年6月1日').waitFor();
    await expectPhoneFriendly('detail', 'zh-CN');
  });

  it('is all English once switched: landing, my applications, the form and the detail', async () => {
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByText('1 Jun 2025').waitFor();
    await expectPhoneFriendly('detail', 'en');
    await page.goto(`${platform.portalUrl}/#/`);
    await page.locator('[data-measure="compute-voucher"]').getByText('Clause 2').waitFor();
    await expectPhoneFriendly('landing', 'en');
    await page.goto(`${platform.portalUrl}/#/applications`);
    await page.locator(`[data-application="${returnedId}"]`).getByText('Submitted').waitFor();
    await expectPhoneFriendly('my-applications', 'en');
    await page.goto(`${platform.portalUrl}/#/apply/compute-voucher`);
    await page.locator('#root_contract_amount').fill('3000万');
    await page.locator('.estimate-bar').getByText(/\d yuan/).waitFor();
    await expectPhoneFriendly('form', 'en');
  });

  it('renews an expired access token before asking (no request refused), and says so when the session cannot be renewed', async () => {
    await page.goto(`${platform.portalUrl}/#/`);
    const expire = (refresh: 'keep' | 'lose') =>
      page.evaluate((refresh) => {
        const session = JSON.parse(sessionStorage.getItem('pioneer.portal.session')!);
        Object.assign(session, { accessToken: 'pio1.expired.token', expiresAt: Date.now() - 1000 }, refresh === 'lose' ? { refreshToken: 'pior_revoked' } : {});
        sessionStorage.setItem('pioneer.portal.session', JSON.stringify(session));
      }, refresh);
    await expire('keep');
    unauthorised.length = 0;
    await page.goto(`${platform.portalUrl}/#/applications`);
    await page.locator(`[data-application="${returnedId}"]`).waitFor();
    expect(unauthorised).toEqual([]);
    await expire('lose');
    await page.goto(`${platform.portalUrl}/#/match`);
    await page.goto(`${platform.portalUrl}/#/applications`);
    await page.getByText('Your session has ended; please sign in again.').waitFor();
    expect(page.url()).toMatch(/#\/applications$/);
    await expectPhoneFriendly('session-ended', 'en');
  });

  it('logged no error in the browser console on the way (besides the refusal of the revoked renewal just asked for)', () => {
    expect(consoleErrors.filter((text) => !text.includes('/api/auth/refresh'))).toEqual([]);
  });
});
