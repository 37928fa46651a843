import type { Page } from 'playwright-core';
import { APPLICANT_ID, declare, embeddedField, fillComputeVoucherButAmount, openDistrictPortal, signInAsApplicant, uploadComputeVoucherEvidence, type DistrictPortal, type PortalSession } from './support/district-portal';

// The React wrapper of the embeddable form (libs/embed/src/react.tsx) in Chromium: the district
// portal example's React page (examples/district-portal/react.html + react-main.tsx) under the
// same strict CSP as the plain page mounts <PioneerApply>, passes the signed-in token as a prop,
// and hears the form through its callbacks: onEstimate (the live estimate), onError (a refused
// submission, in Chinese) and onSubmitted (the record the API stored).
const log = (page: Page) => page.locator('#react-log');

describe('the <PioneerApply> React component under the strict CSP', () => {
  let session: PortalSession;
  let platform: DistrictPortal;
  let page: Page;

  beforeAll(async () => {
    session = await openDistrictPortal();
    ({ platform, page } = session);
  });

  afterAll(() => session?.close());

  it('mounts the component in a React page served with script-src self and no unsafe-eval or unsafe-inline', async () => {
    const response = await fetch(`${platform.portal.url}/react.html`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-(eval|inline)/);
    await page.goto(`${platform.portal.url}/react.html`);
    await page.locator('pioneer-apply h2').waitFor();
    expect(await page.locator('pioneer-apply h2').textContent()).toContain('训力券');
    expect(await page.locator('h1').textContent()).toContain('React');
  });

  it('hands the live estimate to onEstimate and words a bad amount in Chinese under the field', async () => {
    await fillComputeVoucherButAmount(page, platform.district);
    await embeddedField(page, '服务合同金额').fill('八百万');
    await page.waitForFunction(() => !!document.querySelector('pioneer-apply')?.shadowRoot?.querySelector('#f_contract_amount-error')?.textContent);
    const error = (await page.locator('pioneer-apply').locator('#f_contract_amount-error').textContent()) ?? '';
    expect(error).toMatch(/[\u4e00-\u9fff]/);
    expect(error).not.toMatch(/[A-Za-z]{3,}/);
    expect(await embeddedField(page, '服务合同金额').getAttribute('aria-invalid')).toBe('true');

    await embeddedField(page, '服务合同金额').fill('800万');
    // 8,000,000 yuan × 50%, from the offline engine, through the React callback into the page's state.
    await page.waitForFunction(() => document.getElementById('react-log')?.dataset.estimate === '400000000');
    expect(await page.locator('pioneer-apply').locator('.estimate .amount').textContent()).toBe('400万元');
  });

  it('calls onError for a refused submission and onSubmitted with the stored record, which its district reads', async () => {
    await declare(page);
    await signInAsApplicant(page);

    // No evidence yet: the API refuses, the component reports it through onError, in Chinese.
    await page.locator('pioneer-apply').getByRole('button', { name: '提交申请' }).click();
    await page.waitForFunction(() => document.getElementById('react-log')?.textContent?.startsWith('未成功'));
    expect(await log(page).textContent()).toMatch(/^未成功：[^A-Za-z]+$/);

    await uploadComputeVoucherEvidence(page);
    await page.locator('pioneer-apply').getByRole('button', { name: '提交申请' }).click();
    await page.waitForFunction(() => !!document.getElementById('react-log')?.dataset.submitted, undefined, { timeout: 20_000 });
    const id = (await log(page).getAttribute('data-submitted'))!;
    expect(await log(page).textContent()).toBe(`已提交：${id}`);

    const read = (key: string) => fetch(`${platform.api.url}/api/measures/compute-voucher/applications/${id}`, { headers: { authorization: `Bearer ${key}` } });
    const own = await read(platform.ownKey);
    expect(own.status).toBe(200);
    expect(await own.json()).toMatchObject({ id, status: 'submitted', district: platform.district, applicantId: APPLICANT_ID, amount: 400_000_000 });
    expect((await read(platform.otherKey)).status).toBe(404);
  });

  it('ran with no CSP violation and no script error', () => {
    expect(session.seen).toEqual({ violations: [], pageErrors: [] });
  });
});
