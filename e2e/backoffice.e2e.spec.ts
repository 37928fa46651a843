/* eslint-disable @typescript-eslint/no-explicit-any -- API bodies are arbitrary JSON */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadPolicies, MEASURES } from '@pioneer/contracts';
import { moneyLabel } from '@pioneer/engine';
import type { BrowserContext, Page } from 'playwright-core';
import { signInApi, type ApiSession } from './support/api-session';
import { signIn, signOut, switchLanguage } from './support/backoffice-steps';
import { launchChromium } from './support/chromium';
import { REPO_ROOT, startPlatform, type Platform } from './support/platform';

const SHOTS = path.join(REPO_ROOT, 'tmp', 'e2e');
const NOW = '2025-06-01T09:00:00+08:00';
/** A discretionary measure scored on a rubric and drawing on an annual budget (from the catalogue, not named here). */
const measure = MEASURES.find((m) => m.hasForm && m.family === 'discretionary' && m.rubric && m.budget)!;
const policy = loadPolicies().find((p) => p.info.code === measure.policy)!;
const HAN = /\p{Script=Han}/u;

function setPath(data: any, dotPath: string, value: unknown): any {
  const keys = dotPath.split('.');
  let node = data;
  for (const key of keys.slice(0, -1)) node = node[key];
  node[keys[keys.length - 1]] = value;
  return data;
}

describe('the backoffice story in Chromium: review, approval, dashboard, audit, roles', () => {
  let platform: Platform;
  let browser: { context: BrowserContext; close: () => Promise<void> };
  let page: Page;
  let admin: ApiSession;
  let applicationId: string;
  let approvedAmount: number;
  let committedBefore: number;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    // The story signs in as every role, some twice, from one address within a minute or two: more
    // than the default 10 a minute. The limit itself is tested in apps/api/test/sign-in-limit.*.
    platform = await startPlatform({ now: NOW, demo: true, env: { PIONEER_SIGN_IN_RATE_LIMIT: '60' } });
    browser = await launchChromium();
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.setDefaultTimeout(30_000);
    admin = await signInApi(platform.apiUrl, 'admin', 'admin-demo-pass');
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('lands a signed-out first visit on the sign-in page in at most two navigations, without downloading react-admin', async () => {
    let navigations = 0;
    const count = (frame: { parentFrame: () => unknown }) => {
      if (!frame.parentFrame()) navigations++;
    };
    // What the visit downloads: the sign-in page only, not react-admin (its layout's class names).
    const scripts: Promise<string>[] = [];
    const collect = (response: { url: () => string; text: () => Promise<string> }) => response.url().endsWith('.js') && scripts.push(response.text());
    page.on('framenavigated', count);
    page.on('response', collect);
    await page.goto(platform.adminUrl);
    await page.locator('input[name="username"]').waitFor();
    await page.waitForTimeout(1500); // a loop would keep navigating: give it time to show
    page.off('framenavigated', count);
    page.off('response', collect);
    expect(navigations).toBeLessThanOrEqual(2);
    expect((await Promise.all(scripts)).filter((body) => body.includes('RaLayout')).map((body) => body.slice(0, 120))).toEqual([]);
    expect(page.url()).toMatch(/#\/login$/);
    await page.getByTestId('demo-sign-ins').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'backoffice-sign-in-zh.png') });
  });

  it("the sign-in page switches to English and keeps the choice across a reload (in react-admin's stored locale)", async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Sign in to the backoffice' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Sign in to the backoffice' }).waitFor();
    await page.getByTestId('demo-sign-ins').getByText('Administrator · admin').waitFor();
    // The switch itself names the other language in its own words.
    expect(await page.locator('form').evaluate((form) => (form as HTMLElement).innerText.replace(form.querySelector('[data-lang-switch]')?.textContent ?? '', ''))).not.toMatch(HAN);
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('heading', { name: '登录管理后台' }).waitFor();
  });

  it('an admin assigns three reviewers to a submitted application (set up through the API)', async () => {
    for (const n of [2, 3])
      await admin.call('POST', '/api/users', {
        username: `reviewer${n}`,
        displayName: `Reviewer ${n}`,
        role: 'reviewer',
        password: `reviewer-${n}-long-passphrase`,
      });
    const example = JSON.parse(
      readFileSync(path.join(REPO_ROOT, 'schemas/policies', measure.policy, 'examples/applications', `${measure.code}.json`), 'utf8'),
    );
    if (policy.info.subjects.projectRef) setPath(example, policy.info.subjects.projectRef, 'E2E-BACKOFFICE-1');
    const draft = await admin.call('POST', `/api/measures/${measure.code}/applications`, example);
    const submitted = await admin.call('POST', `/api/measures/${measure.code}/applications/${draft.id}/submit`);
    expect(submitted.status).toBe('submitted');
    applicationId = draft.id;
    await admin.call('POST', `/api/applications/${applicationId}/reviewers`, {
      reviewers: ['user:reviewer', 'user:reviewer2', 'user:reviewer3'],
    });
  });

  it('a reviewer declares no conflict and scores the rubric in the browser; no 新建 for reviewers', async () => {
    await signIn(page, platform.adminUrl, 'reviewer');
    await expect(page.getByTestId('who-role').textContent()).resolves.toBe('评审员');
    await page.goto(`${platform.adminUrl}/#/${measure.code}`);
    await page.locator('tbody tr').first().waitFor();
    expect(await page.locator(`a[href$="#/${measure.code}/create"]`).count()).toBe(0);
    await page.goto(`${platform.adminUrl}/#/${measure.code}/${applicationId}/show`);
    await page.locator('[data-action="declare-none"]').click();
    await page.getByTestId('rubric-form').waitFor();
    for (const criterion of measure.rubric!.criteria) {
      await page.locator(`[name="score-${criterion.code}"]`).locator('xpath=..').click();
      await page.getByRole('option', { name: String(measure.rubric!.scale.max - 1), exact: true }).click();
    }
    await page.screenshot({ path: path.join(SHOTS, 'backoffice-review-zh.png'), fullPage: true });
    await page.locator('[data-action="score"]').click();
    await page.getByText('您已完成评审。').waitFor();
    for (const n of [2, 3]) {
      const reviewer = await signInApi(platform.apiUrl, `reviewer${n}`, `reviewer-${n}-long-passphrase`);
      await reviewer.call('POST', `/api/applications/${applicationId}/conflict-declaration`, { conflict: false });
      await reviewer.call('POST', `/api/applications/${applicationId}/scores`, {
        scores: Object.fromEntries(measure.rubric!.criteria.map((c) => [c.code, measure.rubric!.scale.max - 1])),
      });
    }
    const scored = await admin.call('GET', `/api/applications/${applicationId}`);
    expect(scored.status).toBe('scored');
    expect(scored.amount).toBeGreaterThan(0);
    approvedAmount = scored.amount;
  });

  it('the approver sees the budget impact, approves, and the dashboard committed figure rises by that amount', async () => {
    await signOut(page);
    await signIn(page, platform.adminUrl, 'approver');
    const figure = page.getByTestId('figure-committed');
    await figure.waitFor();
    const before = await admin.call('GET', '/api/statistics');
    committedBefore = before.totals.committed;
    await expect(figure.textContent()).resolves.toBe(moneyLabel(committedBefore)['zh-CN']);
    await page.goto(`${platform.adminUrl}/#/${measure.code}/${applicationId}/show`);
    await page.getByTestId('budget-impact').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'backoffice-approval-zh.png'), fullPage: true });
    await page.locator('[data-action="approve"]').click();
    await page.getByText('当前状态下您无需办理此申请。').or(page.getByTestId('payment-panel')).first().waitFor();
    const approved = await admin.call('GET', `/api/applications/${applicationId}`);
    expect(approved.status).toBe('approved');
    expect(approved.approvedAmount).toBe(approvedAmount);
    await page.goto(`${platform.adminUrl}/#/`);
    await page
      .getByText(moneyLabel(committedBefore + approvedAmount)['zh-CN'], { exact: true })
      .first()
      .waitFor();
    await expect(page.getByTestId('figure-committed').textContent()).resolves.toBe(moneyLabel(committedBefore + approvedAmount)['zh-CN']);
    await page.getByTestId('chart-budgets').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'backoffice-dashboard-zh.png'), fullPage: true });
    await page.getByRole('menuitem', { name: '预算台账' }).click();
    const ledger = page.getByTestId(`ledger-${measure.budget!.code}`);
    await ledger.getByText('批准占用').first().waitFor();
    await expect(ledger.textContent()).resolves.toContain(moneyLabel(approvedAmount)['zh-CN']);
    await page.screenshot({ path: path.join(SHOTS, 'backoffice-ledger-zh.png'), fullPage: true });
  });

  it('the audit history shows each step, in order', async () => {
    await page.goto(`${platform.adminUrl}/#/${measure.code}/${applicationId}/show`);
    await page.getByTestId('audit-history').locator('tbody tr').first().waitFor();
    const actions = await page.locator('[data-audit-action]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-audit-action')));
    expect(actions.filter((a, i) => a !== actions[i - 1])).toEqual(
      [
        'application.create',
        'application.submit',
        'application.assign',
        'review.declare',
        'review.score',
        'review.declare',
        'review.score',
        'review.declare',
        'review.score',
        'application.recommend',
        'application.approve',
      ].filter((a, i, all) => a !== all[i - 1]),
    );
    await expect(page.getByTestId('audit-history').textContent()).resolves.toContain('批准');
  });

  it('switches to English: the dashboard has no Chinese left', async () => {
    await page.goto(`${platform.adminUrl}/#/`);
    await page.getByTestId('figure-committed').waitFor();
    await switchLanguage(page, '中文', 'English');
    await page.getByText('Approved (committed)').first().waitFor();
    await page.getByTestId('chart-measure').waitFor();
    const text = await page.locator('body').innerText();
    expect(text.split('\n').filter((line) => HAN.test(line))).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'backoffice-dashboard-en.png'), fullPage: true });
    await switchLanguage(page, 'English', '中文');
  });

  it("staff narrow the dashboard to one district: the figures are GET /api/statistics?district='s", async () => {
    // The approver is signed in: its figures count applications from their submission on.
    const approver = await signInApi(platform.apiUrl, 'approver', 'approver-demo-pass');
    const { district } = await admin.call('GET', `/api/applications/${applicationId}`);
    const scoped = await approver.call('GET', `/api/statistics?district=${district}`);
    const all = await approver.call('GET', '/api/statistics');
    expect(scoped.totals.count).toBeLessThanOrEqual(all.totals.count);
    await page.goto(`${platform.adminUrl}/#/`);
    await page.getByTestId('district-picker').getByRole('combobox').click();
    await page.getByRole('option', { name: scoped.district.label['zh-CN'], exact: true }).click();
    await page.waitForFunction(
      (count) => document.querySelector('[data-testid="figure-applications"]')?.textContent === count,
      String(scoped.totals.count),
    );
    await expect(page.getByTestId('figure-committed').textContent()).resolves.toBe(moneyLabel(scoped.totals.committed)['zh-CN']);
    await page.getByTestId('chart-district').waitFor();
  });

  it('a district officer sees its district only, and no button it cannot use', async () => {
    await signOut(page);
    await signIn(page, platform.adminUrl, 'district');
    await expect(page.getByTestId('who-role').textContent()).resolves.toMatch(/^区级经办人 · /);
    const district = await signInApi(platform.apiUrl, 'district', 'district-demo-pass');
    const me = await district.call('GET', '/api/auth/me');
    const stats = await district.call('GET', '/api/statistics');
    expect(stats.byDistrict.map((g: any) => g.key)).toEqual([me.district]);
    await page.getByTestId('chart-district').waitFor();
    expect(await page.getByTestId('chart-budgets').count()).toBe(0);
    // Its statistics are its district's whatever it asks: no district to choose.
    expect(await page.getByTestId('district-picker').count()).toBe(0);
    await page.goto(`${platform.adminUrl}/#/${measure.code}`);
    await page.locator('.RaList-main').waitFor();
    expect(await page.locator(`a[href$="#/${measure.code}/create"]`).count()).toBe(0);
    // No bulk action a district officer could only fail with, and no registry menus.
    expect(await page.locator('tbody input[type="checkbox"]').count()).toBe(0);
    for (const menu of ['单位登记', '用户', '接口密钥']) expect(await page.getByRole('menuitem', { name: menu }).count()).toBe(0);
    const mine = await district.call('GET', `/api/measures/${measure.code}/applications`);
    expect(mine.data.every((a: any) => a.district === me.district)).toBe(true);
    if (mine.data.length > 0) {
      await page.goto(`${platform.adminUrl}/#/${measure.code}/${mine.data[0].id}/show`);
      await page.getByTestId('next-step').waitFor();
      await page.getByText('当前状态下您无需办理此申请。').waitFor();
      expect(await page.locator('[data-action]').count()).toBe(0);
      expect(await page.getByRole('link', { name: '编辑' }).count()).toBe(0);
    }
    await page.screenshot({ path: path.join(SHOTS, 'backoffice-district-zh.png'), fullPage: true });
  });

  it('an admin sees the audit log verified and its events, newest first; other roles have no such menu', async () => {
    expect(await page.getByRole('menuitem', { name: '审计日志' }).count()).toBe(0);
    await signOut(page);
    await signIn(page, platform.adminUrl, 'admin');
    await page.getByRole('menuitem', { name: '审计日志' }).click();
    const verified = (await page.getByTestId('audit-verification').textContent()) ?? '';
    expect(verified).toMatch(/^审计日志完整：\d+ 条记录/);
    // The newest event is the admin's own sign-in, in words; the count is the verified one.
    const log = page.getByTestId('audit-log');
    await log.waitFor();
    const events = Number(/(\d+) 条记录/.exec(verified)![1]);
    await expect(log.locator('tbody tr').first().locator('td').first().textContent()).resolves.toBe(String(events));
    await expect(log.locator('tbody tr').first().textContent()).resolves.toContain('登录');
    // An application's event names it by its readable number and links to it.
    await expect(log.getByRole('link', { name: /^申请 [A-Z0-9]+-\d{4}-\d{6}$/ }).first().isVisible()).resolves.toBe(true);
    expect(await log.textContent()).not.toMatch(/\b(application|session|user)\.[a-z-]+\b/);
    await page.screenshot({ path: path.join(SHOTS, 'backoffice-audit-zh.png') });
    // Narrowed to one kind of event, chosen by its words: only approvals remain, fewer than all.
    await page.getByRole('combobox', { name: '事项类型' }).click();
    await page.getByRole('option', { name: '批准', exact: true }).click();
    await log.locator('tbody tr[data-audit-action="application.approve"]').first().waitFor();
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="audit-log"] tbody tr')].every((r) => r.getAttribute('data-audit-action') === 'application.approve'));
    const approvals = await log.locator('tbody tr').count();
    expect(approvals).toBeGreaterThan(0);
    expect(approvals).toBeLessThan(events);
    // A filter nothing matches says so and how to clear it; clearing shows every event again.
    await page.getByTestId('audit-filter-entity').fill('SZAI-1999-999999');
    await expect(page.getByTestId('audit-log-none-match').textContent()).resolves.toContain('没有符合筛选条件的记录');
    await page.getByTestId('audit-log-none-match').getByRole('button', { name: '清除筛选' }).click();
    await expect(log.locator('tbody tr').first().locator('td').first().textContent()).resolves.toBe(String(events));
    await page.screenshot({ path: path.join(SHOTS, 'backoffice-audit-filtered-zh.png') });
  });

  it('lists say what went wrong in Chinese on a server error, and that they are empty in the chosen language', async () => {
    // A filter the API refuses: a 400 naming the parameter, shown as the list's error (never "no results").
    await page.goto(`${platform.adminUrl}/#/${measure.code}?filter=${encodeURIComponent(JSON.stringify({ colour: 'blue' }))}`);
    const error = page.getByTestId('list-error');
    await error.waitFor();
    await expect(error.textContent()).resolves.toMatch(/^列表加载失败：不支持查询参数 colour/);
    expect(await page.getByText('1-25').count()).toBe(0);
    await page.screenshot({ path: path.join(SHOTS, 'backoffice-list-error-zh.png') });
    // The refused filter is remembered with the list: the error offers to clear it.
    await page.getByTestId('list-error-clear').click();
    await page.locator('tbody tr').first().waitFor();
    // The demo issues no API key: that list is empty, and says so in the chosen language.
    expect((await admin.call('GET', '/api/api-keys')).total).toBe(0);
    await page.goto(`${platform.adminUrl}/#/api-keys`);
    await page.getByTestId('list-empty').filter({ hasText: /^暂无接口密钥$/ }).waitFor();
    await switchLanguage(page, '中文', 'English');
    await page.getByTestId('list-empty').filter({ hasText: /^No API keys yet$/ }).waitFor();
    await switchLanguage(page, 'English', '中文');
  });

  it('an admin selects a submitted application in a list and assigns it a reviewer in bulk; export is offered too', async () => {
    const [waiting] = (await admin.call('GET', `/api/measures/${measure.code}/applications?status=submitted&perPage=1`)).data;
    await page.goto(`${platform.adminUrl}/#/${measure.code}`);
    await page.locator('input[name="q"]').fill(waiting.number);
    const row = page.locator('tbody tr', { hasText: waiting.number });
    await page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 1);
    await row.locator('input[type="checkbox"]').check();
    await page.getByTestId('bulk-export').waitFor();
    await page.getByTestId('bulk-assign').click();
    await page.locator('input[name="bulk-reviewers"]').fill('user:reviewer');
    await page.screenshot({ path: path.join(SHOTS, 'backoffice-bulk-zh.png') });
    await page.locator('[data-action="bulk-assign"]').click();
    await page.getByText('已为 1 件分配评审').waitFor();
    const review = await admin.call('GET', `/api/applications/${waiting.id}/review`);
    expect(review.map((r: any) => r.reviewer)).toEqual(['user:reviewer']);
  });

  it('an approver selects scored applications in a list and approves them in bulk; the results say each outcome and the list shows them approved', async () => {
    // A measure drawing on a budget without a rubric, whose example earns an amount: one reviewer's recommendation scores it.
    const bulkMeasure = MEASURES.filter((m) => m.hasForm && m.budget && !m.rubric).find((m) => {
      const file = path.join(REPO_ROOT, 'schemas/policies', m.policy, 'examples/applications', `${m.code}.json`);
      if (!existsSync(file)) return false;
      const decided = loadPolicies().find((p) => p.info.code === m.policy)!.evaluate(m.code, JSON.parse(readFileSync(file, 'utf8')), { asOf: NOW.slice(0, 10) });
      return (decided.award?.amount ?? 0) > 0;
    })!;
    const subjects = loadPolicies().find((p) => p.info.code === bulkMeasure.policy)!.info.subjects;
    const example = JSON.parse(readFileSync(path.join(REPO_ROOT, 'schemas/policies', bulkMeasure.policy, 'examples/applications', `${bulkMeasure.code}.json`), 'utf8'));
    // Two organisations of the registry, each with a project of its own: none the example names
    // otherwise (its compute provider is a demo organisation too, and may not buy from itself).
    const named = JSON.stringify(example);
    const organisations = (await admin.call('GET', '/api/organisations?perPage=100')).data.filter((o: { creditCode: string }) => !named.includes(o.creditCode)).slice(-2);
    expect(organisations).toHaveLength(2);
    const reviewer = await signInApi(platform.apiUrl, 'reviewer', 'reviewer-demo-pass');
    const scored: Array<{ id: string; number: string; amount: number }> = [];
    for (const [i, organisation] of organisations.entries()) {
      const form = setPath(structuredClone(example), subjects.applicantId, organisation.creditCode);
      if (subjects.projectRef) setPath(form, subjects.projectRef, `E2E-BULK-${i}`);
      const draft = await admin.call('POST', `/api/measures/${bulkMeasure.code}/applications`, form);
      await admin.call('POST', `/api/measures/${bulkMeasure.code}/applications/${draft.id}/submit`);
      await admin.call('POST', `/api/applications/${draft.id}/reviewers`, { reviewers: ['user:reviewer'] });
      await reviewer.call('POST', `/api/applications/${draft.id}/conflict-declaration`, { conflict: false });
      const done = await reviewer.call('POST', `/api/applications/${draft.id}/recommendation`, {});
      expect(done.status).toBe('scored');
      scored.push({ id: draft.id, number: done.number, amount: done.amount });
    }

    // A reviewer has no such action: no checkbox column in the list at all.
    await signOut(page);
    await signIn(page, platform.adminUrl, 'reviewer');
    await page.goto(`${platform.adminUrl}/#/${bulkMeasure.code}`);
    await page.locator('tbody tr', { hasText: scored[0].number }).waitFor();
    expect(await page.getByTestId('bulk-approve').count()).toBe(0);
    expect(await page.locator('tbody input[type="checkbox"]').count()).toBe(0);

    await signOut(page);
    await signIn(page, platform.adminUrl, 'approver');
    await page.goto(`${platform.adminUrl}/#/${bulkMeasure.code}`);
    for (const app of scored) await page.locator('tbody tr', { hasText: app.number }).locator('input[type="checkbox"]').check();
    await page.getByTestId('bulk-approve').click();
    const summary = page.getByTestId('bulk-approve-summary');
    const total = scored.reduce((sum, app) => sum + app.amount, 0);
    await expect(summary.textContent()).resolves.toContain(`批准 2 件申请，建议金额合计 ${moneyLabel(total)['zh-CN']}`);
    await page.locator('textarea[name="bulk-approve-comment"]').fill('评审委员会会议通过');
    await page.screenshot({ path: path.join(SHOTS, 'backoffice-bulk-approve-zh.png') });
    await page.locator('[data-action="bulk-approve"]').click();
    const results = page.getByTestId('bulk-approve-results');
    await results.getByText('批量批准结果：批准 2 件，未批准 0 件').waitFor();
    for (const app of scored) {
      const row = results.locator('tr', { hasText: app.number });
      await expect(row.getAttribute('data-outcome')).resolves.toBe('approved');
      const stored = await admin.call('GET', `/api/applications/${app.id}`);
      expect(stored.status).toBe('approved');
      await expect(row.textContent()).resolves.toContain(`已批准 ${moneyLabel(stored.approvedAmount)['zh-CN']}`);
    }
    await page.screenshot({ path: path.join(SHOTS, 'backoffice-bulk-approve-results-zh.png') });
    await page.locator('[data-action="close-results"]').click();
    // The list reloaded: both rows now say 已批准, and selected again they offer nothing to approve, saying why.
    for (const app of scored) await page.locator('tbody tr', { hasText: app.number }).getByText('已批准').waitFor();
    await page.locator('tbody tr', { hasText: scored[0].number }).locator('input[type="checkbox"]').check();
    await expect(page.getByTestId('bulk-approve').isDisabled()).resolves.toBe(true);
    await expect(page.getByTestId('bulk-approve-wrapper').getAttribute('aria-label')).resolves.toContain('都不在待批准状态');
    await signOut(page);
    await signIn(page, platform.adminUrl, 'admin');
  });

  it('an admin keeps the registry: creates a reviewer, deactivates it, searches and reads an organisation, issues and revokes an API key', async () => {
    await page.getByRole('menuitem', { name: '用户' }).click();
    await page.locator('tbody tr').first().waitFor();
    await page.goto(`${platform.adminUrl}/#/users/create`);
    await page.fill('input[name="username"]', 'new-reviewer');
    await page.fill('input[name="displayName"]', '新评审员');
    await page.getByRole('combobox', { name: '角色' }).click();
    await page.getByRole('option', { name: '评审员', exact: true }).click();
    await page.fill('input[name="password"]', 'short');
    await page.getByRole('button', { name: '保存' }).click();
    // The API's own message, under the field it names.
    await page.getByText('请使用不易猜测的密码短语').first().waitFor();
    await page.fill('input[name="password"]', 'a-long-passphrase-for-the-new-reviewer');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByTestId('user-active-toggle').waitFor();
    await page.getByTestId('user-active-toggle').click();
    await page.getByText('账号已停用，其登录已全部失效').waitFor();
    await expect(signInApi(platform.apiUrl, 'new-reviewer', 'a-long-passphrase-for-the-new-reviewer')).rejects.toThrow(/401/);
    await page.screenshot({ path: path.join(SHOTS, 'backoffice-user-zh.png') });

    await page.getByRole('menuitem', { name: '单位登记' }).click();
    await page.locator('tbody tr').first().waitFor();
    // The keyword box narrows the registry (the API's q): one organisation by part of its credit
    // code, typed in lower case; then a keyword nothing matches says so, and clearing it brings every row back.
    const organisations = await admin.call('GET', '/api/organisations?perPage=25');
    expect(organisations.data.length).toBeGreaterThan(1);
    const wanted = organisations.data[organisations.data.length - 1];
    const rowsAre = (n: number) => page.waitForFunction((count) => document.querySelectorAll('tbody tr').length === count, n);
    await page.locator('input[name="q"]').fill(wanted.creditCode.slice(2).toLowerCase());
    await rowsAre(1);
    await page.locator('tbody tr', { hasText: wanted.name }).waitFor();
    await page.locator('input[name="q"]').fill('无此单位%');
    await page.getByTestId('list-no-match').filter({ hasText: /没有与“无此单位%”匹配的.+请换一个检索词，或清除检索/ }).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'backoffice-registry-search-zh.png') });
    await page.getByTestId('list-no-match-clear').click();
    await rowsAre(organisations.data.length);
    expect(await page.locator('input[name="q"]').inputValue()).toBe('');
    await page.locator('tbody tr').first().click();
    await page.getByText('统一社会信用代码').first().waitFor();

    await page.goto(`${platform.adminUrl}/#/api-keys/create`);
    await page.fill('input[name="name"]', '示例区门户');
    await page.getByRole('combobox', { name: '所属区' }).click();
    await page.getByRole('option').first().click();
    await page.getByRole('button', { name: '保存' }).click();
    const secret = (await page.getByTestId('new-api-key-secret').textContent())!.trim();
    expect(secret.length).toBeGreaterThan(20);
    await page.screenshot({ path: path.join(SHOTS, 'backoffice-api-key-zh.png') });
    expect((await fetch(`${platform.apiUrl}/api/auth/me`, { headers: { authorization: `Bearer ${secret}` } })).status).toBe(200);
    await page.getByRole('menuitem', { name: '接口密钥' }).click();
    const row = page.locator('tbody tr', { hasText: '示例区门户' });
    await row.waitFor();
    expect(await page.locator('body').innerText()).not.toContain(secret);
    await row.getByTestId('revoke-key').click();
    await page.getByRole('button', { name: '确认' }).click();
    await row.getByText('已吊销').waitFor();
    expect((await fetch(`${platform.apiUrl}/api/auth/me`, { headers: { authorization: `Bearer ${secret}` } })).status).toBe(401);
  });
});
