import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { REPO_ROOT } from './support/platform';
import { freePort, startServer, stopServer, waitForUrl, type Server } from './support/processes';

// The district portal example (examples/district-portal) as a district hosts it, in Chromium:
// the page is served under its strict CSP, embeds <pioneer-apply> for compute-voucher, estimates
// live with the offline engine, refuses a bad amount in Chinese, submits through the SDK as the
// signed-in applicant, and the application is then readable with that district's API key and
// not with another district's.
const SHOTS = path.join(REPO_ROOT, 'tmp', 'e2e');
const ADMIN = 'district-e2e-admin-token';
const APPLICANT_ID = '91440300MA5F00001A';

async function issueKey(api: string, district: string): Promise<string> {
  const response = await fetch(`${api}/api/api-keys`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: `${district} portal`, district }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { key: string }).key;
}

/** A field of the embedded form by its visible label (a required one ends with its * mark). */
function field(page: Page, label: string) {
  return page.locator('pioneer-apply').getByLabel(new RegExp(`^${label}( \\*)?$`));
}

async function fill(page: Page, label: string, value: string): Promise<void> {
  await field(page, label).fill(value);
}

describe('the district portal example under its strict CSP', () => {
  let api: Server;
  let portal: Server;
  let browser: { context: BrowserContext; close: () => Promise<void> };
  let page: Page;
  let ownKey: string;
  let otherKey: string;
  let work = '';
  let district = '';
  const violations: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const port = await freePort();
    work = mkdtempSync(path.join(tmpdir(), 'pioneer-district-e2e-'));
    api = startServer('api', `http://127.0.0.1:${port}`, process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
      SWC_NODE_PROJECT: 'tsconfig.base.json',
      PORT: String(port),
      HOST: '127.0.0.1',
      SQLITE_FILE: path.join(work, 'pioneer.sqlite'),
      PIONEER_NOW: '2025-06-01T02:00:00Z',
      PIONEER_DEMO: '1',
      PIONEER_TOKENS: JSON.stringify({ [ADMIN]: 'admin' }),
      PIONEER_VERIFY_ATTACHMENTS: '0',
      PIONEER_AUTH_SECRET: 'district-e2e-auth-secret-of-a-throw-away-api',
    }, REPO_ROOT);
    await waitForUrl(api, '/api/health', 120_000);
    // The portal belongs to the demo applicant's registered district; another district's key must not read its applications.
    const session = (await (await fetch(`${api.url}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'applicant', password: 'applicant-demo-pass' }) })).json()) as { accessToken: string };
    district = ((await (await fetch(`${api.url}/api/auth/me`, { headers: { authorization: `Bearer ${session.accessToken}` } })).json()) as { district: string }).district;
    ownKey = await issueKey(api.url, district);
    otherKey = await issueKey(api.url, district === 'futian' ? 'nanshan' : 'futian');
    const portalPort = await freePort();
    portal = startServer('portal', `http://127.0.0.1:${portalPort}`, process.execPath, ['examples/district-portal/server.mjs'], { PORTAL_API: api.url, PORTAL_DISTRICT_KEY: ownKey, PORTAL_PORT: String(portalPort), PORTAL_AS_OF: '2025-06-01' }, REPO_ROOT);
    await waitForUrl(portal, '/', 120_000);
    browser = await launchChromium();
    page = await browser.context.newPage();
    page.on('console', (message) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    page.on('pageerror', (error) => pageErrors.push(String(error)));
  });

  afterAll(async () => {
    await browser?.close();
    await stopServer(portal);
    if (api) await stopServer(api);
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('serves the page with script-src self and no unsafe-eval or unsafe-inline', async () => {
    const response = await fetch(portal.url);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-(eval|inline)/);
    await page.goto(portal.url);
    await page.locator('pioneer-apply h2').waitFor();
    expect(await page.locator('pioneer-apply h2').textContent()).toContain('训力券');
  });

  it('shows the live estimate with its trace as the form is filled, and refuses a bad amount in Chinese', async () => {
    await fill(page, '单位名称', '深圳市鹏程智算科技有限公司');
    await fill(page, '统一社会信用代码', APPLICANT_ID);
    await field(page, '单位类型').selectOption('enterprise');
    await field(page, '注册所在区').selectOption(district);
    await fill(page, '成立（注册）日期', '2019-03-15');
    await fill(page, '项目名称', '工业质检多模态大模型训练');
    await fill(page, '项目编号', 'PC-2025-001');
    await fill(page, '合同编号', 'SZCC-2025-0315');
    await fill(page, '算力服务提供方', '深圳市算力服务有限公司');
    await fill(page, '提供方统一社会信用代码', '91440300MA5F00002D');
    await fill(page, '签订日期', '2025-03-01');
    await fill(page, '服务开始日期', '2025-03-10');
    await fill(page, '服务结束日期', '2025-12-31');
    await field(page, '算力用途').selectOption('large-model-training');
    await fill(page, '训练的模型名称', 'Pengcheng-QC-13B');
    await fill(page, '租用算力（卡时）', '420000');

    // A mistyped amount: the engine's own money reader answers in Chinese, under the field.
    await fill(page, '服务合同金额', '八百万');
    const amountError = page.locator('pioneer-apply').locator('#f_contract_amount-error');
    await page.waitForFunction(() => !!document.querySelector('pioneer-apply')?.shadowRoot?.querySelector('#f_contract_amount-error')?.textContent);
    expect(await amountError.textContent()).toMatch(/[\u4e00-\u9fff]/);
    expect(await field(page, '服务合同金额').getAttribute('aria-invalid')).toBe('true');

    await fill(page, '服务合同金额', '800万');
    // Before the evidence and declarations, the matcher's estimate from the facts given: 8,000,000 yuan × 50%.
    await page.waitForFunction(() => document.querySelector('pioneer-apply')?.shadowRoot?.querySelector('.estimate .amount')?.textContent === '400万元');
    expect(await amountError.textContent()).toBe('');
    expect(await page.locator('#event-log').getAttribute('data-estimate')).toBe('400000000');
  });

  it("submits as the signed-in applicant; its district's key reads the application, another district's key cannot", async () => {
    // Evidence cited by reference (the API is started with PIONEER_VERIFY_ATTACHMENTS=0) and the declarations.
    for (const box of ['承诺所填信息及所附材料真实、准确、完整', '承诺本项目未重复享受市级同类优惠措施']) await field(page, box).check();
    await page.fill('#username', 'applicant');
    await page.fill('#password', 'applicant-demo-pass');
    await page.click('#sign-in-form button');
    await page.waitForFunction(() => document.getElementById('sign-in-status')?.textContent?.includes('已登录'));

    // Attachments are required: submitting without them names the fields in Chinese and submits nothing.
    await page.locator('pioneer-apply').getByRole('button', { name: '提交申请' }).click();
    await page.waitForFunction(() => document.getElementById('event-log')?.textContent?.startsWith('未成功'));
    expect(await page.locator('pioneer-apply').locator('.status.failed').textContent()).toContain('请改正标出的字段');

    await page.locator('pioneer-apply').getByLabel('上传文件：算力服务合同').setInputFiles({ name: '算力服务合同.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% contract\n') });
    await page.waitForFunction(() => document.querySelector('pioneer-apply')?.shadowRoot?.textContent?.includes('已上传：算力服务合同.pdf'));
    await page.locator('pioneer-apply').getByLabel('上传文件：发票及付款凭证').setInputFiles({ name: '发票.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% invoice\n') });
    await page.waitForFunction(() => document.querySelector('pioneer-apply')?.shadowRoot?.textContent?.includes('已上传：发票.pdf'));

    // Complete now: the engine's decision, with the trace that explains it.
    await page.locator('pioneer-apply').getByText('计算过程').click();
    expect(await page.locator('pioneer-apply').locator('.estimate li').count()).toBeGreaterThan(1);
    expect(await page.locator('pioneer-apply').locator('.estimate .amount').textContent()).toBe('400万元');
    await page.evaluate(() => (document.getElementById('event-log')!.textContent = ''));
    await page.locator('pioneer-apply').getByRole('button', { name: '提交申请' }).click();
    await page.waitForFunction(() => !!document.getElementById('event-log')?.dataset.submitted || document.getElementById('event-log')?.textContent?.startsWith('未成功'), undefined, { timeout: 20_000 });
    // A refusal would name its reason here: the test then fails saying what the page said.
    expect({ said: await page.locator('pioneer-apply').locator('.status').textContent(), log: await page.locator('#event-log').textContent() }).toEqual({ said: expect.stringContaining('申请已提交'), log: expect.stringContaining('已提交') });
    const id = (await page.locator('#event-log').getAttribute('data-submitted'))!;
    await page.screenshot({ path: path.join(SHOTS, 'district-portal.png'), fullPage: true });

    const read = (key: string) => fetch(`${api.url}/api/measures/compute-voucher/applications/${id}`, { headers: { authorization: `Bearer ${key}` } });
    const nanshan = await read(ownKey);
    expect(nanshan.status).toBe(200);
    expect(await nanshan.json()).toMatchObject({ id, status: 'submitted', district, applicantId: APPLICANT_ID, amount: 400_000_000 });
    expect((await read(otherKey)).status).toBe(404);
    const futianList = (await (await fetch(`${api.url}/api/measures/compute-voucher/applications?perPage=100`, { headers: { authorization: `Bearer ${otherKey}` } })).json()) as { data: Array<{ id: string }> };
    expect(futianList.data.map((a) => a.id)).not.toContain(id);

    // The portal's statistics (fetched server-side with its district's key) count it.
    await page.waitForFunction(() => Number(document.getElementById('statistics-body')?.dataset.applications) > 0);
    expect(await page.locator('#statistics-body svg[role=img]').count()).toBe(1);
  });

  it('ran with no CSP violation and no script error', () => {
    expect(violations).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
