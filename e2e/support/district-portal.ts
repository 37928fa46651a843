import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { watchCsp, type CspWatch } from './csp-watch';
import { REPO_ROOT } from './platform';
import { freePort, startServer, stopServer, waitForUrl, type Server } from './processes';

const ADMIN = 'district-e2e-admin-token';
/** The demo applicant's credit code: the form applies for its organisation. */
export const APPLICANT_ID = '91440300MA5F00001A';

/** The API with demo data on a throw-away SQLite file, and the district portal example in front of it. */
export interface DistrictPortal {
  api: Server;
  portal: Server;
  /** The demo applicant's registered district: the portal's. */
  district: string;
  /** API keys of the portal's district and of another one. */
  ownKey: string;
  otherKey: string;
  stop: () => Promise<void>;
}

async function issueKey(api: string, district: string): Promise<string> {
  const response = await fetch(`${api}/api/api-keys`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: `${district} portal`, district }),
  });
  if (response.status !== 201) throw new Error(`issuing a key for ${district}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { key: string }).key;
}

/**
 * Starts the API (demo data, clock on 2025-06-01, attachments not verified) and
 * examples/district-portal/server.mjs with the key of the demo applicant's district; `root`
 * serves another folder under the same CSP and proxy instead of the built example pages.
 */
export async function startDistrictPortal(options: { root?: string } = {}): Promise<DistrictPortal> {
  const work = mkdtempSync(path.join(tmpdir(), 'pioneer-district-e2e-'));
  const port = await freePort();
  const api = startServer('api', `http://127.0.0.1:${port}`, process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
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
  let portal: Server | undefined;
  const stop = async () => {
    await stopServer(portal);
    await stopServer(api);
    rmSync(work, { recursive: true, force: true });
  };
  try {
    await waitForUrl(api, '/api/health', 120_000);
    const session = (await (await fetch(`${api.url}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'applicant', password: 'applicant-demo-pass' }) })).json()) as { accessToken: string };
    const district = ((await (await fetch(`${api.url}/api/auth/me`, { headers: { authorization: `Bearer ${session.accessToken}` } })).json()) as { district: string }).district;
    const ownKey = await issueKey(api.url, district);
    const otherKey = await issueKey(api.url, district === 'futian' ? 'nanshan' : 'futian');
    const portalPort = await freePort();
    const env = { PORTAL_API: api.url, PORTAL_DISTRICT_KEY: ownKey, PORTAL_PORT: String(portalPort), PORTAL_AS_OF: '2025-06-01', ...(options.root ? { PORTAL_ROOT: options.root } : {}) };
    portal = startServer('portal', `http://127.0.0.1:${portalPort}`, process.execPath, ['examples/district-portal/server.mjs'], env, REPO_ROOT);
    await waitForUrl(portal, '/', 120_000);
    return { api, portal, district, ownKey, otherKey, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** A field of the embedded form by its visible label (a required one ends with its * mark). */
export function embeddedField(page: Page, label: string) {
  return page.locator('pioneer-apply').getByLabel(new RegExp(`^${label}( \\*)?$`));
}

/** Fills the embedded compute-voucher form as an applicant would, in Chinese, all but the contract amount. */
export async function fillComputeVoucherButAmount(page: Page, district: string): Promise<void> {
  const fill = (label: string, value: string) => embeddedField(page, label).fill(value);
  await fill('单位名称', '深圳市鹏程智算科技有限公司');
  await fill('统一社会信用代码', APPLICANT_ID);
  await embeddedField(page, '单位类型').selectOption('enterprise');
  await embeddedField(page, '注册所在区').selectOption(district);
  await fill('成立（注册）日期', '2019-03-15');
  await fill('项目名称', '工业质检多模态大模型训练');
  await fill('项目编号', 'PC-2025-001');
  await fill('合同编号', 'SZCC-2025-0315');
  await fill('算力服务提供方', '深圳市算力服务有限公司');
  await fill('提供方统一社会信用代码', '91440300MA5F00002D');
  await fill('签订日期', '2025-03-01');
  await fill('服务开始日期', '2025-03-10');
  await fill('服务结束日期', '2025-12-31');
  await embeddedField(page, '算力用途').selectOption('large-model-training');
  await fill('训练的模型名称', 'Pengcheng-QC-13B');
  await fill('租用算力（卡时）', '420000');
}

/** Uploads the two required evidence files through the embedded form and waits for both. */
export async function uploadComputeVoucherEvidence(page: Page): Promise<void> {
  const files: Array<[string, string]> = [
    ['算力服务合同', '算力服务合同.pdf'],
    ['发票及付款凭证', '发票.pdf'],
  ];
  for (const [label, name] of files) {
    await page.locator('pioneer-apply').getByLabel(`上传文件：${label}`).setInputFiles({ name, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4\n% ${name}\n`) });
    await page.waitForFunction((uploaded) => document.querySelector('pioneer-apply')?.shadowRoot?.textContent?.includes(uploaded), `已上传：${name}`);
  }
}

/** Signs the demo applicant in with the portal's own sign-in form (both example pages have it). */
export async function signInAsApplicant(page: Page): Promise<void> {
  await page.fill('#username', 'applicant');
  await page.fill('#password', 'applicant-demo-pass');
  await page.click('#sign-in-form button');
  await page.waitForFunction(() => document.getElementById('sign-in-status')?.textContent?.includes('已登录'));
}

/** Ticks the two declarations of the embedded form. */
export async function declare(page: Page): Promise<void> {
  for (const box of ['承诺所填信息及所附材料真实、准确、完整', '承诺本项目未重复享受市级同类优惠措施']) await embeddedField(page, box).check();
}

/** The district portal with a Chromium page watched for CSP violations and script errors. */
export interface PortalSession {
  platform: DistrictPortal;
  page: Page;
  seen: CspWatch;
  close: () => Promise<void>;
}

/** Starts the district portal (startDistrictPortal) and opens a watched page in Chromium. */
export async function openDistrictPortal(options: { root?: string } = {}): Promise<PortalSession> {
  const platform = await startDistrictPortal(options);
  try {
    const browser = await launchChromium();
    const page = await browser.context.newPage();
    const close = async () => {
      await browser.close();
      await platform.stop();
    };
    return { platform, page, seen: await watchCsp(page), close };
  } catch (error) {
    await platform.stop();
    throw error;
  }
}
