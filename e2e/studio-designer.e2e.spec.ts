import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { startPlatform, type Platform } from './support/platform';
import { adminBrowser, chooseOption, studioEditorText } from './support/studio-browser';
import { changedFiles, copyWorkspace } from './support/workspace';

/**
 * The measure studio's design aids, end to end in a copy of the workspace: the live preview of the
 * form in Chinese and English following the edit, try-it deciding what the preview holds, the
 * structured panels editing the editor's text, problems worded in Chinese (pioneer check's English
 * line kept for hover and publish), and a new measure from a family template, published.
 */
const CODE = 'compute-voucher';
const POLICY = 'shenzhen-ai-2024';
const MEASURE_FILE = `schemas/policies/${POLICY}/measures/${CODE}.json`;
const NEW_CODE = 'e2e-new-voucher';
const RUBRIC_CODE = 'basic-research-project';
const NOW = '2025-07-01T10:00:00+08:00';
const CJK = /[\u4e00-\u9fff]/;

describe('the measure studio: preview, panels, problems in Chinese, new measure', () => {
  let copy: string;
  let platform: Platform | undefined;
  let browser: { context: BrowserContext; close: () => Promise<void> } | undefined;
  let page: Page;
  const editorText = () => studioEditorText(page);

  async function openStudio(): Promise<void> {
    await page.goto(`${platform!.adminUrl}/#/studio`);
    await page.locator(`[data-measure="${CODE}"] a`).click();
    await page.waitForURL(`**/#/studio/${CODE}`);
    await page.getByText('✓ 没有问题').waitFor();
  }

  /** Every problem line shown is Chinese: no line carries the English of pioneer check. */
  async function problemsInChinese(): Promise<string[]> {
    const lines = page.getByTestId('studio-problems').locator('[data-problem-key]');
    await lines.first().waitFor();
    const texts = await lines.allTextContents();
    for (const [i, text] of texts.entries()) {
      const english = (await lines.nth(i).getAttribute('title'))!.split(': ').slice(1).join(': ');
      expect([text, CJK.test(text), text.includes(english)]).toEqual([text, true, false]);
    }
    return texts;
  }

  const choose = (scope: Locator, label: string, value: string) => chooseOption(page, scope, label, value);

  beforeAll(async () => {
    copy = copyWorkspace();
    platform = await startPlatform({ now: NOW, root: copy, env: { PIONEER_STUDIO: '1', PIONEER_DEMO: '1', PIONEER_TOKENS: '' } });
    ({ browser, page } = await adminBrowser(platform.adminUrl));
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('previews the form in Chinese and English as the edit changes, and try-it decides what the preview holds', async () => {
    await openStudio();
    const preview = page.getByTestId('studio-form-preview');
    const contractTitle = preview.locator('#root_contract__title');
    await contractTitle.getByText('算力服务合同', { exact: true }).waitFor();
    await page.getByTestId('preview-en').click();
    await contractTitle.getByText('Compute service contract', { exact: true }).waitFor();
    await page.getByTestId('preview-zh').click();
    // The labels panel edits the editor's text; the preview follows after the pause.
    await page.getByTestId('label-field-contract-zh-CN').fill('算力合同（预览）');
    await contractTitle.getByText('算力合同（预览）', { exact: true }).waitFor();
    await expect(editorText()).resolves.toContain('算力合同（预览）');

    await page.getByTestId('try-as-of').fill('2025-06-01');
    await page.getByTestId('try-estimate').getByText('400万元').waitFor();
    // 10,000,000 yuan typed in the preview's form: 50% is 5,000,000 yuan.
    await preview.locator('#root_contract_amount').fill('1000万');
    await page.getByTestId('try-estimate').getByText('500万元').waitFor();
    await page.getByTestId('try-decision').getByText('符合条件').waitFor();
  });

  it("edits a rule's reason and operand and the award formula in panels; problems show in Chinese where they are", async () => {
    await openStudio();
    await page.getByTestId('rule-applicant-kind-reason-en').fill('Only firms, universities and institutes');
    await expect(editorText()).resolves.toContain('Only firms, universities and institutes');
    await page.getByText('✓ 没有问题').waitFor();

    await page.getByTestId('rule-applicant-kind-operand-0').fill('{"var":"applicant.nowhere"}');
    await page.getByTestId('studio-problems').getByText(/引用了未定义的字段“applicant\.nowhere”/).waitFor();
    const lines = await problemsInChinese();
    expect(lines.some((line) => line.includes(`${MEASURE_FILE.replace('schemas/', '')}#/x-eligibility/0/when/in/0/var`))).toBe(true);
    await page.getByTestId('rule-applicant-kind-operand-0').fill('{"var":"applicant.kind"}');
    await page.getByText('✓ 没有问题').waitFor();

    await page.getByTestId('award-cap').fill('{"param":"maximum"}');
    await page.getByTestId('studio-problems').getByText(/引用了未定义的参数“maximum”/).waitFor();
    const title = await page.getByTestId('studio-problems').locator('[data-problem-key="expr.undefined-parameter"]').getAttribute('title');
    expect(title).toMatch(/#\/x-award\/cap\/param: reference to undefined parameter 'maximum'/);
    await problemsInChinese();
    // Publish refuses with the same problem, worded in Chinese here; nothing is written.
    await page.getByRole('button', { name: '发布' }).click();
    await page.getByTestId('publish-refused').getByText(/引用了未定义的参数“maximum”/).waitFor();
    expect(changedFiles(copy)).toEqual([]);
  });

  it("edits a rubric criterion's weight: the sum is shown, and a sum other than 100 is a problem in Chinese", async () => {
    await page.goto(`${platform!.adminUrl}/#/studio/${RUBRIC_CODE}`);
    await page.getByText('✓ 没有问题').waitFor();
    const weight = page.getByTestId('criterion-team-weight');
    await weight.fill('25');
    await page.getByTestId('studio-award').getByText(/权重合计（须为 100）: 110/).waitFor();
    await page.getByTestId('studio-problems').getByText(/评审要素权重合计为 110；合计须为 100/).waitFor();
    await problemsInChinese();
    await expect(editorText()).resolves.toMatch(/"code": "team",[\s\S]*?"weight": 25/);
    await weight.fill('15');
    await page.getByText('✓ 没有问题').waitFor();
  });

  it('creates a measure from a family template with the policy file’s choices, and publishes it', async () => {
    await page.goto(`${platform!.adminUrl}/#/studio`);
    await page.getByTestId('studio-new-measure').click();
    const dialog = page.getByTestId('new-measure');
    const policy = JSON.parse(readFileSync(path.join(copy, `schemas/policies/${POLICY}/policy.json`), 'utf8'));
    await choose(dialog, '政策文件', POLICY);
    await dialog.getByLabel('措施编码（小写字母、数字、连字符）').fill(NEW_CODE);
    await choose(dialog, '资助方式', 'share-of-base');
    await choose(dialog, '所属章节', policy.sections[2].code);
    await choose(dialog, '责任单位', policy.units[1].code);
    await page.keyboard.press('Escape');
    await choose(dialog, '年度预算', policy.budgets[1].code);
    await choose(dialog, '互斥组（不得重复享受）', policy.exclusivityGroups[1].code);
    await page.getByTestId('new-create').click();
    await page.waitForURL(`**/#/studio/${NEW_CODE}`);
    await page.getByTestId('studio-staged').waitFor();
    await page.getByText('✓ 没有问题').waitFor();
    await page.locator('[data-case="first.json"][data-passed="true"]').waitFor();
    await expect(editorText()).resolves.toContain(`"section": "${policy.sections[2].code}"`);
    await page.getByTestId('label-name-zh-CN').fill('端到端新券');

    await page.getByRole('button', { name: '发布' }).click();
    await page.locator('[data-testid="publish-diff"], [data-testid="publish-refused"]').first().waitFor({ timeout: 300_000 });
    expect(await page.getByTestId('publish-refused').count()).toBe(0);
    await page.locator(`[data-file="schemas/policies/${POLICY}/policy.json"]`).waitFor();
    const changed = changedFiles(copy);
    expect(changed).toEqual(
      expect.arrayContaining([
        `schemas/policies/${POLICY}/measures/${NEW_CODE}.json`,
        `schemas/policies/${POLICY}/cases/${NEW_CODE}/first.json`,
        `schemas/policies/${POLICY}/policy.json`,
      ]),
    );
    const written = JSON.parse(readFileSync(path.join(copy, `schemas/policies/${POLICY}/policy.json`), 'utf8'));
    expect(written.budgets[1].measures).toContain(NEW_CODE);
    expect(written.exclusivityGroups[1].measures).toContain(NEW_CODE);
    expect(JSON.parse(readFileSync(path.join(copy, `schemas/policies/${POLICY}/measures/${NEW_CODE}.json`), 'utf8'))['x-measure'].name['zh-CN']).toBe('端到端新券');
  }, 600_000);
});
