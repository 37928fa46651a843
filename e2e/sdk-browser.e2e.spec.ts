import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { openDistrictPortal, type DistrictPortal, type PortalSession } from './support/district-portal';
import { REPO_ROOT } from './support/platform';

// @pioneer/sdk in Chromium: the package's JavaScript as libs/sdk/scripts/build-package.mjs builds
// it (ESM, the client and the per-measure offline engines), imported by a page script
// (e2e/sdk-page/program.mjs) served under the district portal's strict CSP (script-src 'self', no
// eval) and run against the started API: offline and online estimates agree, a refusal is a
// typed error naming the field in Chinese, a submit with an idempotency key replays, pages
// iterate, and a district key reads its district's statistics and application while another
// district's key is refused.
describe('@pioneer/sdk in a browser page under a strict CSP', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'pioneer-sdk-page-'));
  let session: PortalSession;
  let platform: DistrictPortal;
  let page: Page;

  beforeAll(async () => {
    execFileSync(process.execPath, [path.join(REPO_ROOT, 'libs/sdk/scripts/build-package.mjs'), '--out', path.join(folder, 'sdk'), '--no-types'], { cwd: REPO_ROOT, stdio: 'pipe' });
    for (const file of ['index.html', 'program.mjs']) copyFileSync(path.join(REPO_ROOT, 'e2e/sdk-page', file), path.join(folder, file));
    copyFileSync(path.join(REPO_ROOT, 'schemas/policies/shenzhen-ai-2024/examples/applications/compute-voucher.json'), path.join(folder, 'example.json'));
    session = await openDistrictPortal({ root: folder });
    ({ platform, page } = session);
  });

  afterAll(async () => {
    await session?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('runs the built SDK against the API: estimates, typed errors, idempotent submit, pages, district scope', async () => {
    const response = await fetch(`${platform.portal.url}/`);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    await page.goto(`${platform.portal.url}/?key=${encodeURIComponent(platform.ownKey)}&otherKey=${encodeURIComponent(platform.otherKey)}`);
    await page.waitForFunction(() => !!document.getElementById('result')?.textContent, undefined, { timeout: 30_000 });
    const result = JSON.parse((await page.locator('#result').textContent())!);
    expect(result.failed).toBeUndefined();
    // 8,000,000 yuan × 50% on 2025-06-01, offline in the page and on the server alike.
    expect(result.offline).toEqual({ status: 'eligible', amount: 400_000_000, yuan: expect.stringContaining('4,000,000'), sameAsLoaded: true });
    expect(result.online).toEqual({ status: 'eligible', amount: 400_000_000 });
    expect(result.invalid).toMatchObject({ status: 400, code: 'validation-failed', pointers: ['/contract/amount'] });
    expect(result.invalid.text).toMatch(/[\u4e00-\u9fff]/);
    expect(result.submitted).toMatchObject({ status: 'submitted', replayed: true });
    expect(result.listedOwn).toBe(true);
    expect(result.statistics).toMatchObject({ district: platform.district, measures: expect.arrayContaining(['compute-voucher']) });
    expect(result.statistics.count).toBeGreaterThanOrEqual(1);
    expect(result.readByDistrict).toBe(true);
    expect(result.otherStatistics).toMatchObject({ status: 403, pointers: ['/district'] });
    expect(result.otherRead).toMatchObject({ status: 404 });
  });

  it('ran with no CSP violation and no script error', () => {
    expect(session.seen).toEqual({ violations: [], pageErrors: [] });
  });
});
