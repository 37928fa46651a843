import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { startPlatform, type Platform } from './support/platform';
import { adminBrowser } from './support/studio-browser';
import { changedFiles, copyWorkspace, run } from './support/workspace';

/**
 * The measure studio, end to end in a copy of the workspace: an admin raises the compute-voucher
 * rate from 50% to 55% from a future date, sees the estimate move only after it, the what-if over
 * the demo applications and its committed-budget change, adds a case and publishes; the schema and
 * generated files change, generate:check passes and an API started afterwards pays the new amount.
 * A broken formula is shown where it is, in Chinese, and refused with `pioneer check`'s problem.
 */
const CODE = 'compute-voucher';
const MEASURE_FILE = `schemas/policies/shenzhen-ai-2024/measures/${CODE}.json`;
const NOW = '2025-07-01T10:00:00+08:00';
const FUTURE = '2026-01-01';
const AFTER = '2026-02-01';
// The example's 8,000,000 yuan contract: 50% = 4,000,000 yuan (400万元); 55% = 4,400,000 yuan (440万元).
const EXAMPLE_AWARD = { before: '400万元', after: '440万元', afterFen: 440_000_000 };
const STUDIO_ENV = { PIONEER_STUDIO: '1', PIONEER_DEMO: '1', PIONEER_TOKENS: '' };

describe('the measure studio in the backoffice', () => {
  let copy: string;
  let platform: Platform | undefined;
  let browser: { context: BrowserContext; close: () => Promise<void> } | undefined;
  let page: Page;
  const api = async (method: string, route: string, token: string, body?: unknown) => {
    const res = await fetch(`${platform!.apiUrl}${route}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
  };
  const example = () =>
    JSON.parse(readFileSync(path.join(copy, `schemas/policies/shenzhen-ai-2024/examples/applications/${CODE}.json`), 'utf8'));

  /** A compute-voucher application of the demo applicant approved against the 2025 budget, so the what-if has a commitment to move. */
  async function approvedApplication(): Promise<void> {
    const form = example();
    form.project.reference = 'E2E-STUDIO';
    const draft = await api('POST', `/api/measures/${CODE}/applications`, 'applicant-demo', form);
    expect(draft.status).toBe(201);
    const id = draft.body.id;
    for (const [action, token, body] of [
      ['submit', 'applicant-demo', undefined],
      ['reviewers', 'admin-demo', { reviewers: ['reviewer-demo'] }],
      ['conflict-declaration', 'reviewer-demo', { conflict: false }],
      ['recommendation', 'reviewer-demo', {}],
      ['approve', 'approver-demo', {}],
    ] as const) {
      const route = action === 'submit' ? `/api/measures/${CODE}/applications/${id}/submit` : `/api/applications/${id}/${action}`;
      const res = await api('POST', route, token, body ?? {});
      expect([action, res.status]).toEqual([action, 200]);
    }
  }

  async function openStudio(): Promise<void> {
    await page.goto(`${platform!.adminUrl}/#/studio`);
    await page.getByRole('menuitem', { name: '措施工作室' }).waitFor();
    await page.locator(`[data-measure="${CODE}"] a`).click();
    await page.waitForURL(`**/#/studio/${CODE}`);
    await page.getByText('✓ 没有问题').waitFor();
  }

  beforeAll(async () => {
    copy = copyWorkspace();
    platform = await startPlatform({ now: NOW, root: copy, env: STUDIO_ENV });
    await approvedApplication();
    ({ browser, page } = await adminBrowser(platform.adminUrl));
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it("shows a broken formula where it is, in Chinese with pioneer check's line on hover, and publish refuses it", async () => {
    await openStudio();
    const broken = JSON.parse(readFileSync(path.join(copy, MEASURE_FILE), 'utf8'));
    broken['x-award'].cap = { param: 'maximum' };
    await page.locator('.cm-content').fill(JSON.stringify(broken, null, 2));
    // What `pioneer check` says about the same file.
    const original = readFileSync(path.join(copy, MEASURE_FILE), 'utf8');
    writeFileSync(path.join(copy, MEASURE_FILE), JSON.stringify(broken, null, 2));
    let checkLine: string;
    try {
      const out = (() => {
        try {
          return run(copy, process.execPath, ['tools/cli/bin/pioneer.js', 'check']);
        } catch (error) {
          return (error as Error).message;
        }
      })();
      checkLine = out
        .split('\n')
        .find((line) => line.includes('#/x-award/cap/param'))!
        .trim();
    } finally {
      writeFileSync(path.join(copy, MEASURE_FILE), original);
    }
    expect(checkLine).toMatch(/compute-voucher\.json#\/x-award\/cap\/param: reference to undefined parameter 'maximum'/);
    // Shown in Chinese, with pioneer check's own line on hover.
    const line = page.getByTestId('studio-problems').locator(`[title="${checkLine}"]`);
    await line.getByText(/x-award\/cap\/param: 引用了未定义的参数“maximum”/).waitFor();
    // Underlined at the value of /x-award/cap/param in the editor (the only problem in this file).
    await page.locator('.cm-lintRange-error', { hasText: 'maximum' }).waitFor();
    await expect(page.locator('.cm-lintRange-error').allTextContents()).resolves.toEqual(['"maximum"']);
    await page.getByRole('button', { name: '发布' }).click();
    await page.getByTestId('publish-refused').getByText(/x-award\/cap\/param: 引用了未定义的参数“maximum”/).waitFor();
    expect(changedFiles(copy)).toEqual([]);
  });

  it('raises the rate to 55% from a future date: the estimate moves only after it; what-if and committed budget; a new case; publish', async () => {
    await openStudio();
    await page.getByTestId('new-version-from').fill(FUTURE);
    await page.getByRole('button', { name: '新增版本（自某日起生效）' }).click();
    const newVersion = page.locator('[data-version="2026.2"]');
    await newVersion.getByLabel(/资助比例 \(rate\)/).fill('55%');
    await page.getByText('✓ 没有问题').waitFor();

    await page.getByTestId('try-as-of').fill('2025-06-01');
    await page.getByTestId('try-estimate').getByText(EXAMPLE_AWARD.before).waitFor();
    await page.getByTestId('try-as-of').fill(AFTER);
    await page.getByTestId('try-estimate').getByText(EXAMPLE_AWARD.after).waitFor();

    await page.getByTestId('what-if-as-of').fill(AFTER);
    await page.getByRole('button', { name: '测算' }).click();
    await page.getByTestId('what-if-table').locator('tbody tr').first().waitFor();
    await expect(page.getByTestId('what-if-totals').textContent()).resolves.toMatch(/变化 \+/);
    // Each approved 4,000,000 yuan voucher (ours, and any the demo approved) commits 400,000 yuan more.
    const committed = /2025: .*→ .*\(\+(\d+)万元\)/.exec((await page.getByTestId('what-if-budget-years').textContent()) ?? '');
    expect(committed).not.toBeNull();
    expect(Number(committed![1]) % 40 === 0 && Number(committed![1]) >= 40).toBe(true);
    await page.getByTestId('studio-what-if').locator('svg').first().waitFor();

    await page.getByTestId('case-name').fill('rate-from-2026');
    await page.getByRole('button', { name: '将此试算存为测试用例' }).click();
    await page.locator('[data-case="rate-from-2026.json"][data-passed="true"]').waitFor();
    await expect(page.locator('[data-passed="false"]').count()).resolves.toBe(0);

    await page.getByRole('button', { name: '发布' }).click();
    await page.locator('[data-testid="publish-diff"], [data-testid="publish-refused"]').first().waitFor({ timeout: 300_000 });
    expect(await page.getByTestId('publish-refused').count()).toBe(0);
    await page.locator(`[data-file="${MEASURE_FILE}"]`).waitFor();

    const changed = changedFiles(copy);
    expect(changed).toEqual(expect.arrayContaining([MEASURE_FILE, `schemas/policies/shenzhen-ai-2024/cases/${CODE}/rate-from-2026.json`]));
    expect(changed.some((file) => file.includes('/generated/'))).toBe(true);
    expect(changed.filter((file) => !file.startsWith('schemas/') && !file.includes('/generated/'))).toEqual([]);
    run(copy, 'npm', ['run', '-s', 'generate:check']);
    run(copy, process.execPath, ['tools/cli/bin/pioneer.js', 'test', CODE]);
  }, 600_000);

  it('an API started afterwards computes the new amount', async () => {
    await platform?.stop();
    platform = await startPlatform({ now: NOW, root: copy, env: STUDIO_ENV });
    // Another applicant (a university, 50% like the example's firm): the demo data already awards the example's applicant a voucher.
    const form = { ...example(), applicant: { ...example().applicant, kind: 'university', creditCode: '124403004557550007' } };
    const decision = await api('POST', `/api/measures/${CODE}/estimate?asOf=${AFTER}`, 'admin-demo', form);
    expect([decision.status, decision.body.status, decision.body.award?.amount]).toEqual([200, 'eligible', EXAMPLE_AWARD.afterFen]);
    const before = await api('POST', `/api/measures/${CODE}/estimate?asOf=2025-06-01`, 'admin-demo', form);
    expect(before.body.award?.amount).toBe(400_000_000);
  }, 600_000);
});
