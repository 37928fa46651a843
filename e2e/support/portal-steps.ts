import type { Page } from 'playwright-core';
import { choose, PROJECT_AND_CONTRACT } from './compute-voucher-form';

/** An organisation registering itself in the portal, and its first user. */
export interface Registration {
  name: string;
  creditCode: string;
  registeredOn: string;
  username: string;
  password: string;
}

/** Text people read on the page, without the language switch (it names the other language) and what the user typed. */
export const visibleText = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('[data-lang-switch], .who, script, style').forEach((node) => node.remove());
    document.body.append(clone);
    clone.style.position = 'absolute';
    const text = clone.innerText;
    clone.remove();
    return text;
  });

/** A small PDF to upload as evidence. */
export const pdf = (name: string) => ({
  name,
  mimeType: 'application/pdf',
  buffer: Buffer.from(`%PDF-1.4\n% ${name}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`),
});

/** Fills the portal's registration form (an enterprise in 南山区), with `phone` as typed; does not submit. */
export async function fillRegistration(page: Page, portalUrl: string, org: Registration, phone: string): Promise<void> {
  await page.goto(`${portalUrl}/#/register`);
  await page.locator('#root_organisation_name').waitFor();
  for (const [id, value] of [
    ['root_organisation_name', org.name],
    ['root_organisation_creditCode', org.creditCode],
    ['root_organisation_registeredOn', org.registeredOn],
    ['root_organisation_contact_name', '张三'],
    ['root_organisation_contact_phone', phone],
    ['root_organisation_contact_email', 'zhangsan@example.cn'],
    ['root_user_username', org.username],
    ['root_user_displayName', '张三'],
    ['root_user_password', org.password],
  ])
    await page.fill(`#${id}`, value);
  await choose(page, 'root_organisation_kind', '企业');
  await choose(page, 'root_organisation_district', '南山区');
}

/** Signs in on the portal's sign-in page (where registration leaves the applicant). */
export async function portalSignIn(page: Page, org: Pick<Registration, 'username' | 'password'>): Promise<void> {
  await page.fill('input[name="username"]', org.username);
  await page.fill('input[name="password"]', org.password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
}

/** Runs the matcher for an enterprise in 南山区 registered on `registeredOn`. */
export async function runMatcher(page: Page, registeredOn: string): Promise<void> {
  await page.getByRole('heading', { name: '政策匹配' }).waitFor();
  await choose(page, 'root_applicant_kind', '企业');
  await choose(page, 'root_applicant_district', '南山区');
  await page.fill('#root_applicant_registeredOn', registeredOn);
  await page.getByRole('button', { name: '开始匹配' }).click();
}

/**
 * Fills the portal's compute-voucher form (the organisation's details are pre-filled) with the
 * contract amount typed as `contractAmount`, and uploads the contract and an invoice.
 */
export async function fillPortalComputeVoucher(page: Page, contractAmount: string): Promise<void> {
  await page.locator('#root_project_name').waitFor();
  for (const [id, value] of PROJECT_AND_CONTRACT(contractAmount)) await page.fill(`#${id}`, value);
  await choose(page, 'root_compute_purpose', '大模型训练');
  await page.check('#root_declarations_truthful');
  await page.check('#root_declarations_noDuplicateFunding');
  await page.locator('[data-attachments="/attachments/contract"] input[type=file]').setInputFiles(pdf('算力服务合同.pdf'));
  await page.locator('[data-attachments="/attachments/contract"]').getByText('算力服务合同.pdf').waitFor();
  await page.locator('[data-attachments="/attachments/invoices"] input[type=file]').setInputFiles(pdf('发票.pdf'));
  await page.locator('[data-attachments="/attachments/invoices"]').getByText('发票.pdf').waitFor();
}

/** Types an amount nobody can read ("三千万"): its own message shows, and the submit button does not leave the form. */
export async function expectUnreadableAmountBlocksSubmit(page: Page): Promise<void> {
  await page.fill('#root_contract_amount', '三千万');
  await page.getByText('请输入金额，例如 3000万').first().waitFor();
  await page.getByRole('button', { name: '提交申报' }).click();
  await page.waitForTimeout(500);
  if (!/#\/apply\//.test(page.url())) throw new Error(`an unreadable amount was submitted: the page went to ${page.url()}`);
}
