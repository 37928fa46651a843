/* eslint-disable @typescript-eslint/no-explicit-any -- API bodies are arbitrary JSON */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { MEASURES } from '@pioneer/contracts';
import type { BrowserContext, Page } from 'playwright-core';
import { signInApi } from './support/api-session';
import { signIn } from './support/backoffice-steps';
import { launchChromium } from './support/chromium';
import { REPO_ROOT, startPlatform, type Platform } from './support/platform';
import { screenProblems, watchFailures } from './support/screen-checks';

const SHOTS = path.join(REPO_ROOT, 'tmp', 'e2e');
const NOW = '2025-06-01T09:00:00+08:00';
/** The narrowest screen the bureau's people work on (an older laptop, a projector). */
const SCREEN = { width: 1024, height: 768 };
const ROLES = ['admin', 'reviewer', 'approver', 'district'] as const;
const LANGS = ['zh-CN', 'en'] as const;
/** The statuses whose screens carry each role's work: review, approval, payment, and a finished one. */
const STATUSES = ['submitted', 'under-review', 'scored', 'approved', 'paid'];
const FORMS = MEASURES.filter((m) => m.hasForm).map((m) => m.code);

/** One application per status that `username` may see (a district officer: its district's), as the API lists them. */
async function screensOf(platform: Platform, username: string): Promise<string[]> {
  const session = await signInApi(platform.apiUrl, username, `${username}-demo-pass`);
  const found = new Map<string, string>();
  for (const code of FORMS) {
    const page = await session.call('GET', `/api/measures/${code}/applications?perPage=50`);
    for (const app of page.data as any[]) if (STATUSES.includes(app.status) && !found.has(app.status)) found.set(app.status, `${code}/${app.id}/show`);
  }
  return [...found.values()];
}

describe('the backoffice as each role, in both languages, on a 1024 px screen', () => {
  let platform: Platform;
  let browser: { context: BrowserContext; close: () => Promise<void> };
  let page: Page;
  let failures: string[];
  const screens = new Map<string, string[]>();

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    // Every role signs in twice (once a language) and once more by API: more than 10 a minute.
    platform = await startPlatform({ now: NOW, demo: true, env: { PIONEER_SIGN_IN_RATE_LIMIT: '60' } });
    // A Chinese browser: the English UI must not borrow the browser's words (date inputs did).
    browser = await launchChromium({ viewport: SCREEN });
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.setDefaultTimeout(30_000);
    failures = watchFailures(page);
    for (const role of ROLES) screens.set(role, await screensOf(platform, role));
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  /** Signs `role` in with the UI in `lang` (react-admin's stored locale), from a signed-out browser. */
  async function signInAs(role: string, lang: string): Promise<void> {
    await page.goto(`${platform.adminUrl}/#/login`);
    await page.evaluate((locale) => {
      localStorage.clear();
      sessionStorage.clear();
      localStorage.setItem('RaStore.locale', JSON.stringify(locale));
    }, lang);
    await browser.context.clearCookies();
    // A fresh start of the app: it reads the stored language and finds nobody signed in.
    await page.reload();
    await signIn(page, platform.adminUrl, role);
  }

  /** The menu's entries (each measure's list counts once: two of them stand for the rest). */
  async function menuEntries(): Promise<string[]> {
    const hrefs = await page.locator('a.RaMenuItemLink-root').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    const measureLists = hrefs.filter((href) => FORMS.includes(href.replace(/^#\//, '')));
    return [...hrefs.filter((href) => !measureLists.includes(href)), ...measureLists.slice(0, 2)].map((href) => href.replace(/^#\//, ''));
  }

  for (const role of ROLES)
    for (const lang of LANGS)
      it(`${role} in ${lang}: every menu entry and the work screens show no other-language words, raw keys, bare numbers, sideways scrolling or errors`, async () => {
        await signInAs(role, lang);
        const routes = [...(await menuEntries()), ...screens.get(role)!];
        expect(routes.length).toBeGreaterThan(4);
        const found: string[] = [];
        for (const route of routes) {
          failures.length = 0;
          await page.goto(`${platform.adminUrl}/#/${route}`);
          await page.waitForLoadState('networkidle');
          // The screen has drawn its data (a table, an application, the figures, an empty list's words), not a spinner.
          await page.locator('main .MuiCardContent-root, main table, [data-testid="catalogue-total"], [data-testid="list-empty"]').filter({ visible: true }).first().waitFor();
          await page.waitForLoadState('networkidle');
          found.push(...(await screenProblems(page, lang)).map((p) => `${route}: ${p.kind}: ${p.text}`), ...failures.map((f) => `${route}: ${f}`));
        }
        await page.screenshot({ path: path.join(SHOTS, `backoffice-roles-${role}-${lang}.png`) });
        expect(found).toEqual([]);
      });

  it("the dashboard's charts name every row and write their value axis's numbers and unit (none was shown: the labels had no room)", async () => {
    await signInAs('admin', 'en');
    for (const chart of ['chart-budgets', 'chart-status', 'chart-district', 'chart-measure']) {
      const card = page.getByTestId(chart);
      await card.locator('.MuiChartsAxis-directionY .MuiChartsAxis-tickLabel').first().waitFor();
      const texts = async (axis: 'X' | 'Y', part: 'tickLabel' | 'label') => (await card.locator(`.MuiChartsAxis-direction${axis} .MuiChartsAxis-${part}`).allTextContents()).filter((t) => t.trim() !== '');
      const rowNames = await texts('Y', 'tickLabel');
      const numbers = await texts('X', 'tickLabel');
      expect({ chart, rows: rowNames.length > 0, numbers: numbers.length >= 2, numbersWritten: numbers.every((n) => /^\d{1,3}(,\d{3})*(\.\d+)?$/.test(n)) }).toEqual({ chart, rows: true, numbers: true, numbersWritten: true });
      expect(await texts('X', 'label')).toEqual([chart === 'chart-budgets' ? '10,000 yuan' : 'Applications']);
    }
    await page.getByTestId('chart-budgets').screenshot({ path: path.join(SHOTS, 'backoffice-roles-chart-budgets-en.png') });
  });

  it("the audit log's days are typed year-month-day in the UI's language, not in the browser's (a Chinese browser showed 年/月/日 in the English UI)", async () => {
    const from = page.getByTestId('audit-filter-from');
    await page.goto(`${platform.adminUrl}/#/audit`);
    await expect(from.getAttribute('placeholder')).resolves.toBe('year-month-day');
    const asked = page.waitForRequest((request) => new URL(request.url()).pathname === '/api/audit/events' && new URL(request.url()).searchParams.get('from') === '2025-06-01');
    await from.fill('2025/6/1');
    await asked;
    await from.fill('06/01/2025');
    await from.blur();
    await page.getByText('Type a day that exists, as year-month-day: 2025-06-01').waitFor();

    await signInAs('admin', 'zh-CN');
    await page.goto(`${platform.adminUrl}/#/audit`);
    await expect(from.getAttribute('placeholder')).resolves.toBe('年-月-日');
    await from.fill('2025年6月31日');
    await from.blur();
    await page.getByText('请按“年-月-日”填写一个存在的日期，如 2025-06-01').waitFor();
  });

  it('an approver sees only the moves the API lets it make on a reviewed application: approve and reject, not return', async () => {
    await signInAs('approver', 'zh-CN');
    const session = await signInApi(platform.apiUrl, 'approver', 'approver-demo-pass');
    const lists = await Promise.all(FORMS.map((code) => session.call('GET', `/api/measures/${code}/applications?perPage=50`)));
    const onScored = lists.flatMap((list: any) => list.data).find((app: any) => app.status === 'scored');
    await page.goto(`${platform.adminUrl}/#/${onScored.measure}/${onScored.id}/show`);
    await page.locator('[data-action="approve"]').waitFor();
    await page.locator('[data-action="reject"]').waitFor();
    expect(await page.locator('[data-action="return"]').count()).toBe(0);
  });
});
