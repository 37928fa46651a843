import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { APPLICANT_ID, declare, embeddedField as field, fillComputeVoucherButAmount, openDistrictPortal, signInAsApplicant, uploadComputeVoucherEvidence, type PortalSession } from './support/district-portal';
import { stringEvaluatingCode } from './support/csp-watch';
import { REPO_ROOT } from './support/platform';

// The district portal example (examples/district-portal) as a district hosts it, in Chromium:
// the page is served under its strict CSP, embeds <pioneer-apply> for compute-voucher, estimates
// live with the offline engine, refuses a bad amount in Chinese, submits through the SDK as the
// signed-in applicant, and the application is then readable with that district's API key and
// not with another district's.
const SHOTS = path.join(REPO_ROOT, 'tmp', 'e2e');

async function fill(page: Page, label: string, value: string): Promise<void> {
  await field(page, label).fill(value);
}

describe('the district portal example under its strict CSP', () => {
  let session: PortalSession;
  let page: Page;
  let ownKey: string;
  let otherKey: string;
  let district = '';
  let api: { url: string };
  let portal: { url: string };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await openDistrictPortal();
    page = session.page;
    ({ api, portal, district, ownKey, otherKey } = session.platform);
  });

  afterAll(() => session?.close());

  it('serves the page with script-src self and no unsafe-eval or unsafe-inline', async () => {
    const response = await fetch(portal.url);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-(eval|inline)/);
    await page.goto(portal.url);
    await page.locator('pioneer-apply h2').waitFor();
    expect(await page.locator('pioneer-apply h2').textContent()).toContain('训力券');
  });

  it('shows the live estimate with its trace as the form is filled, and refuses a bad credit code and a bad amount in Chinese', async () => {
    await fillComputeVoucherButAmount(page, district);

    // A credit code whose check character is wrong: the schema's format, checked by the measure's
    // precompiled validator (no code compiled in the page), worded in Chinese under its field.
    const providerCode = field(page, '提供方统一社会信用代码');
    await providerCode.fill('91440300MA5F00002X');
    await page.waitForFunction(() => !!document.querySelector('pioneer-apply')?.shadowRoot?.querySelector('#f_contract_providerCreditCode-error')?.textContent);
    expect(await page.locator('pioneer-apply').locator('#f_contract_providerCreditCode-error').textContent()).toContain('不是有效的统一社会信用代码');
    expect(await providerCode.getAttribute('aria-invalid')).toBe('true');
    await providerCode.fill('91440300MA5F00002D');
    await page.waitForFunction(() => document.querySelector('pioneer-apply')?.shadowRoot?.querySelector('#f_contract_providerCreditCode-error')?.textContent === '');

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
    await declare(page);
    await signInAsApplicant(page);

    // Attachments are required: submitting without them names the fields in Chinese and submits nothing.
    await page.locator('pioneer-apply').getByRole('button', { name: '提交申请' }).click();
    await page.waitForFunction(() => document.getElementById('event-log')?.textContent?.startsWith('未成功'));
    const refusal = (await page.locator('pioneer-apply').locator('.status.failed').textContent()) ?? '';
    expect(refusal).toContain('请改正标出的字段');
    // Each line names its field in words; the JSON pointer integrations read is not for applicants.
    expect(refusal).toContain('证明材料为必填项');
    expect(refusal).not.toMatch(/[（(]\//);
    // The upload control speaks the form's language and is a fingertip high, not the browser's thin "Choose File".
    const upload = page.locator('pioneer-apply').locator('label.upload').first();
    expect(await upload.textContent()).toBe('选择文件上传');
    expect((await upload.boundingBox())!.height).toBeGreaterThanOrEqual(44);

    await uploadComputeVoucherEvidence(page);

    // Complete now: the engine's decision, with the trace that explains it.
    await page.locator('pioneer-apply').getByText('计算过程').click();
    expect(await page.locator('pioneer-apply').locator('.estimate li').count()).toBeGreaterThan(1);
    expect(await page.locator('pioneer-apply').locator('.estimate .amount').textContent()).toBe('400万元');
    await page.evaluate(() => (document.getElementById('event-log')!.textContent = ''));
    await page.locator('pioneer-apply').getByRole('button', { name: '提交申请' }).click();
    await page.waitForFunction(() => !!document.getElementById('event-log')?.dataset.submitted || document.getElementById('event-log')?.textContent?.startsWith('未成功'), undefined, { timeout: 20_000 });
    // A refusal would name its reason here: the test then fails saying what the page said.
    expect({ said: await page.locator('pioneer-apply').locator('.status').textContent(), log: await page.locator('#event-log').textContent() }).toEqual({ said: expect.stringContaining('申请已提交'), log: expect.stringContaining('已提交') });
    // The confirmation quotes the number the applicant gives the bureau, not a database id.
    expect(await page.locator('pioneer-apply').locator('.status').textContent()).toMatch(/申请已提交，编号 SZAI-\d{4}-\d{6}$/);
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

  it('ships no code that evaluates strings in the built page (the element, the SDK, the engines)', () => {
    expect(stringEvaluatingCode(path.join(REPO_ROOT, 'dist/examples/district-portal'))).toEqual([]);
  });

  it('ran with no CSP violation and no script error', () => {
    expect(session.seen).toEqual({ violations: [], pageErrors: [] });
  });
});
