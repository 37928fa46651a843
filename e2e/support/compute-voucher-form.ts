import type { Page } from 'playwright-core';

/** Picks an option of an rjsf-mui select (a MUI combobox) by its visible label. */
export async function choose(page: Page, id: string, label: string): Promise<void> {
  await page.click(`#${id}`);
  await page.getByRole('option', { name: label, exact: true }).click();
}

/** The compute-voucher form's project, contract and compute fields (rjsf ids), the contract amount as typed. */
export const PROJECT_AND_CONTRACT = (contractAmount: string): Array<[string, string]> => [
  ['root_project_name', '工业质检多模态大模型训练'],
  ['root_project_reference', 'PC-2025-001'],
  ['root_contract_number', 'SZCC-2025-0315'],
  ['root_contract_providerName', '深圳市算力服务有限公司'],
  ['root_contract_providerCreditCode', '91440300MA5F00002D'],
  ['root_contract_signedOn', '2025-03-01'],
  ['root_contract_startDate', '2025-03-10'],
  ['root_contract_endDate', '2025-12-31'],
  ['root_contract_amount', contractAmount],
  ['root_compute_modelName', 'Pengcheng-QC-13B'],
  ['root_compute_acceleratorHours', '420000'],
];

/**
 * Fills the compute-voucher form the way a clerk would (Chinese labels, amounts typed in yuan with
 * separators), from the policy's example application.
 */
export async function fillComputeVoucher(page: Page, contractYuan: string): Promise<void> {
  const text: Array<[string, string]> = [
    ['root_applicant_name', '深圳市鹏程智算科技有限公司'],
    ['root_applicant_creditCode', '91440300MA5F00001A'],
    ['root_applicant_registeredOn', '2019-03-15'],
    ...PROJECT_AND_CONTRACT(contractYuan),
    ['root_attachments_contract_0_id', 'att-0001'],
    ['root_attachments_contract_0_name', '算力服务合同.pdf'],
    ['root_attachments_contract_0_sha256', '3f786850e387550fdab836ed7e6dc881de23001b3f786850e387550fdab836ed'],
    ['root_attachments_invoices_0_id', 'att-0002'],
    ['root_attachments_invoices_0_name', '发票.pdf'],
    ['root_attachments_invoices_0_sha256', '89e6c98d92887913cadf06b2adb97f26cde4849b89e6c98d92887913cadf06b2'],
  ];
  for (const [id, value] of text) await page.fill(`#${id}`, value);
  await choose(page, 'root_applicant_kind', '企业');
  await choose(page, 'root_applicant_district', '南山区');
  await choose(page, 'root_compute_purpose', '大模型训练');
  await page.check('#root_declarations_truthful');
  await page.check('#root_declarations_noDuplicateFunding');
}
