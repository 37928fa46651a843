import { copyFileSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { REPO_ROOT, startPlatform, type Platform } from './support/platform';
import { changedFiles, copyWorkspace, run } from './support/workspace';

/**
 * The promise to admins, end to end: in a copy of the workspace, add a measure file that is not
 * in the policy, regenerate, and the API, the typed SDK and the backoffice all carry it; then
 * change a rate in the schema, regenerate, and the estimate follows. No hand edit anywhere.
 */
const FIXTURE = path.join(REPO_ROOT, 'tools/cli/test/fixtures/new-measure/data-labelling-voucher.json');
const MEASURES_DIR = 'schemas/policies/shenzhen-ai-2024/measures';
const NOW = '2025-07-01T10:00:00+08:00';
const AS_OF = '2025-07-01';

interface ClientResult {
  estimate: number;
  submitted: { status: string; amount: number };
  rejected: { status: number; pointers: string[] } | null;
  badStatus: string;
}

describe('one schema edit becomes API, SDK and backoffice, with no code change', () => {
  let copy: string;
  let platform: Platform | undefined;
  let browser: { context: BrowserContext; close: () => Promise<void> } | undefined;

  /** Type-checks the client script against the copy's generated SDK, then runs it on the API. */
  function runClient(): ClientResult {
    const dir = path.join(copy, 'tmp/one-edit');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'labelling-client.ts'), readFileSync(path.join(__dirname, 'one-edit/labelling-client.ts.txt'), 'utf8'));
    writeFileSync(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({ extends: '../../tsconfig.base.json', compilerOptions: { noEmit: true }, files: ['labelling-client.ts'] }),
    );
    run(copy, process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tmp/one-edit/tsconfig.json']);
    const out = run(copy, process.execPath, [
      'node_modules/tsx/dist/cli.mjs',
      '--tsconfig',
      'tsconfig.base.json',
      'tmp/one-edit/labelling-client.ts',
      platform!.apiUrl,
      AS_OF,
    ]);
    return JSON.parse(out.trim().split('\n').pop()!) as ClientResult;
  }

  beforeAll(() => {
    copy = copyWorkspace();
    copyFileSync(FIXTURE, path.join(copy, MEASURES_DIR, 'data-labelling-voucher.json'));
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('regenerates from the new schema file alone', () => {
    run(copy, 'npm', ['run', '-s', 'generate']);
    const changed = changedFiles(copy).filter((file) => !file.startsWith('tmp/'));
    expect(changed).toContain(`${MEASURES_DIR}/data-labelling-voucher.json`);
    expect(changed.filter((file) => file !== `${MEASURES_DIR}/data-labelling-voucher.json` && !file.includes('/generated/'))).toEqual([]);
  });

  it('accepts a valid application through the typed SDK with the right estimate, and names the bad field of an invalid one', async () => {
    // With the demo's people, so the backoffice can be signed in to as a person does (the demo admin).
    platform = await startPlatform({ now: NOW, root: copy, demo: true });
    // 600,000 yuan contract × 50% (a small firm: 45 ≤ 100 employees) = 300,000 yuan, under the 500,000 yuan cap.
    expect(runClient()).toEqual({
      estimate: 30_000_000,
      submitted: { status: 'submitted', amount: 30_000_000 },
      rejected: { status: 400, pointers: ['/contractAmount'] },
      badStatus: 'draft',
    });
  });

  it('lists the new resource in the backoffice, opened in Chromium', async () => {
    browser = await launchChromium();
    const page: Page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.setDefaultTimeout(30_000);
    await page.goto(`${platform!.adminUrl}/#/login`);
    await page.locator('[data-username="admin"]').click();
    await page.locator('button[type="submit"]').click();
    await page.getByRole('menuitem', { name: '数据标注券', exact: true }).click();
    await page.waitForURL('**/#/data-labelling-voucher');
    await page.locator('tbody tr').first().getByText('深圳市标注科技有限公司').waitFor();
    mkdirSync(path.join(REPO_ROOT, 'tmp/e2e'), { recursive: true });
    await page.screenshot({ path: path.join(REPO_ROOT, 'tmp/e2e/one-edit-new-resource.png') });
  });

  it('follows a rate change in the schema: small firms 50% → 55%, regenerate, the estimate changes', async () => {
    await platform?.stop();
    platform = undefined;
    const file = path.join(copy, MEASURES_DIR, 'data-labelling-voucher.json');
    const schema = JSON.parse(readFileSync(file, 'utf8'));
    schema['x-versions'][0].values.smallFirmRate = '55%';
    writeFileSync(file, JSON.stringify(schema, null, 2) + '\n');
    run(copy, 'npm', ['run', '-s', 'generate']);
    // With the demo's people, so the backoffice can be signed in to as a person does (the demo admin).
    platform = await startPlatform({ now: NOW, root: copy, demo: true });
    // 600,000 yuan × 55% = 330,000 yuan.
    expect(runClient().estimate).toBe(33_000_000);
    expect(
      changedFiles(copy).filter(
        (f) => !f.startsWith('tmp/') && f !== `${MEASURES_DIR}/data-labelling-voucher.json` && !f.includes('/generated/'),
      ),
    ).toEqual([]);
  });
});
