import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { REPO_ROOT, startPlatform, type Platform } from './support/platform';
import { adminBrowser, chooseOption, studioEditorText } from './support/studio-browser';
import { changedFiles, copyWorkspace, run } from './support/workspace';

/**
 * The studio's rules panel, end to end in a copy of the workspace: an admin adds an eligibility
 * rule from an amended clause (a minimum on a numeric field of the measure), sees try-it and a case
 * refuse the example with the new rule's reason, moves it, removes it, switches a rule's operator, builds "is one of" and
 * "months since a date" conditions joined by or, is told inline when a code
 * is taken or malformed, and publishes a measure with an added rule that `pioneer check` accepts.
 */
const CODE = 'compute-voucher';
const MEASURE_FILE = `schemas/policies/shenzhen-ai-2024/measures/${CODE}.json`;
const NOW = '2025-07-01T10:00:00+08:00';
const SHOTS = path.join(REPO_ROOT, 'tmp', 'e2e');
const SUBJECT = '判断对象（申请表字段或参数）';
// The example's compute use is 420,000 accelerator hours: a minimum of 500,000 refuses it, one of 100,000 does not.
const HOURS_FIELD = 'field:compute.acceleratorHours';
const NEW_RULE = {
  code: 'min-accelerator-hours',
  label: { 'zh-CN': '算力使用量达到下限', en: 'Enough compute used' },
  reason: { 'zh-CN': '算力使用量须不少于五十万卡时', en: 'At least 500,000 accelerator hours must be used' },
};

describe("the measure studio's rules: add, see it decide, reorder, remove, publish", () => {
  let copy: string;
  let platform: Platform | undefined;
  let browser: { context: BrowserContext; close: () => Promise<void> } | undefined;
  let page: Page;
  const editorText = () => studioEditorText(page);
  const ruleOrder = () => page.getByTestId('studio-rules').locator('[data-rule]').evaluateAll((els) => els.map((el) => el.getAttribute('data-rule')));
  const choose = (scope: Locator, label: string, value: string) => chooseOption(page, scope, label, value);

  /** Fills the new-rule form: code, names, reason, and "field is at least value" from the controls. */
  async function addRule(code: string, label: typeof NEW_RULE.label, reason: typeof NEW_RULE.reason, minimum: string): Promise<void> {
    const form = page.getByTestId('new-rule');
    await form.getByTestId('new-rule-code').fill(code);
    await form.getByTestId('new-rule-label-zh-CN').fill(label['zh-CN']);
    await form.getByTestId('new-rule-label-en').fill(label.en);
    await form.getByTestId('new-rule-reason-zh-CN').fill(reason['zh-CN']);
    await form.getByTestId('new-rule-reason-en').fill(reason.en);
    const clause = form.getByTestId('clause-0');
    await choose(clause, SUBJECT, HOURS_FIELD);
    await choose(clause, '判断方式', '>=');
    await clause.getByTestId('rule-value').fill(minimum);
    await form.getByRole('button', { name: '加入此条件' }).click();
  }

  beforeAll(async () => {
    copy = copyWorkspace();
    platform = await startPlatform({ now: NOW, root: copy, env: { PIONEER_STUDIO: '1', PIONEER_DEMO: '1', PIONEER_TOKENS: '' } });
    ({ browser, page } = await adminBrowser(platform.adminUrl));
    mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('tells a taken or malformed code inline, and the add button says what it still needs', async () => {
    await page.goto(`${platform!.adminUrl}/#/studio/${CODE}`);
    await page.getByText('✓ 没有问题').waitFor();
    const form = page.getByTestId('new-rule');
    const add = form.getByRole('button', { name: '加入此条件' });
    await expect(add.isDisabled()).resolves.toBe(true);
    await form.getByText('还需：有效的条件编码、中英文条件名称、中英文不符合理由、完整的判断').waitFor();

    const taken = (await ruleOrder())[0]!;
    await form.getByTestId('new-rule-code').fill(taken);
    await form.getByText('本措施已有同一编码的条件').waitFor();
    await form.getByTestId('new-rule-code').fill('Min_Hours');
    await form.getByText('编码须以小写字母开头，只含小写字母、数字和单个连字符，且不以连字符结尾').waitFor();
    await expect(add.isDisabled()).resolves.toBe(true);
    await form.screenshot({ path: path.join(SHOTS, 'studio-rules-bad-code.png') });
    // Nothing was written into the edit by a code alone.
    await expect(editorText()).resolves.not.toContain('Min_Hours');
  });

  it('adds a minimum on a numeric field: try-it and a case refuse the example with the new reason; moved up, then removed', async () => {
    await page.goto(`${platform!.adminUrl}/#/studio/${CODE}`);
    await page.getByText('✓ 没有问题').waitFor();
    await page.getByTestId('try-as-of').fill('2025-06-01');
    await page.getByTestId('try-decision').getByText('结论: 符合条件', { exact: true }).waitFor();
    await page.locator('[data-case$="example.json"][data-passed="true"]').waitFor();
    const before = await ruleOrder();

    await addRule(NEW_RULE.code, NEW_RULE.label, NEW_RULE.reason, '500000');
    await expect(ruleOrder()).resolves.toEqual([...before, NEW_RULE.code]);
    await page.getByText('✓ 没有问题').waitFor();
    const written = JSON.parse(await editorText())['x-eligibility'].at(-1);
    expect(written).toEqual({ ...NEW_RULE, when: { '>=': [{ var: 'compute.acceleratorHours' }, 500000] } });

    // The example now fails the new rule, with its reason, in try-it and in its saved case.
    await page.getByTestId('try-decision').getByText('结论: 不符合条件', { exact: true }).waitFor();
    await page.getByTestId('studio-try-it').getByText(`${NEW_RULE.label['zh-CN']}：不符合。${NEW_RULE.reason['zh-CN']}`).waitFor();
    await page.locator('[data-case$="example.json"][data-passed="false"]').waitFor();
    const added = page.getByTestId('studio-rules').locator(`[data-rule="${NEW_RULE.code}"]`);
    // Centred first: at the page's edge the backoffice's fixed app bar would cover the card's top.
    await added.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await added.screenshot({ path: path.join(SHOTS, 'studio-rules-added.png') });
    await page.getByTestId('studio-try-it').screenshot({ path: path.join(SHOTS, 'studio-rules-try-it.png') });

    // Moved up one place: the order in the edit changes; the first rule cannot move up and says why.
    await page.getByRole('button', { name: `上移 ${NEW_RULE.code}`, exact: true }).click();
    await expect(ruleOrder()).resolves.toEqual([...before.slice(0, -1), NEW_RULE.code, before.at(-1)]);
    await expect(editorText().then((text) => JSON.parse(text)['x-eligibility'].map((r: { code: string }) => r.code))).resolves.toEqual(await ruleOrder());
    await expect(page.getByRole('button', { name: `上移 ${before[0]}（已是第一条）` }).isDisabled()).resolves.toBe(true);
    await page.getByTestId('studio-try-it').getByText(NEW_RULE.reason['zh-CN'], { exact: false }).waitFor();

    // Removed after a confirmation: the example is eligible again and its case passes.
    await page.getByRole('button', { name: `删除 ${NEW_RULE.code}` }).click();
    const dialog = page.getByRole('dialog', { name: `删除此申报条件？ ${NEW_RULE.code}` });
    await dialog.getByRole('button', { name: '删除' }).click();
    await expect(ruleOrder()).resolves.toEqual(before);
    await page.getByTestId('try-decision').getByText('结论: 符合条件', { exact: true }).waitFor();
    await page.locator('[data-case$="example.json"][data-passed="true"]').waitFor();
    await expect(editorText()).resolves.not.toContain(NEW_RULE.code);

    // An existing comparison's operator switched (its operands kept): the example's contract now fails that rule.
    const period = page.getByTestId('studio-rules').locator('[data-rule="contract-period"]');
    await choose(period, '判断方式 · contract-period', '>');
    await page.getByTestId('try-decision').getByText('结论: 不符合条件', { exact: true }).waitFor();
    await expect(editorText().then((text) => JSON.parse(text)['x-eligibility'].find((r: { code: string }) => r.code === 'contract-period').when)).resolves.toEqual({
      '>': [{ var: 'contract.startDate' }, { var: 'contract.endDate' }],
    });
    await choose(period, '判断方式 · contract-period', '<=');
    await page.getByTestId('try-decision').getByText('结论: 符合条件', { exact: true }).waitFor();
  });

  it('builds "is one of" from the field\'s listed values and "months since a date" from a date field, joined by or', async () => {
    await page.goto(`${platform!.adminUrl}/#/studio/${CODE}`);
    await page.getByText('✓ 没有问题').waitFor();
    await page.getByTestId('try-as-of').fill('2025-06-01');
    await page.getByTestId('try-decision').getByText('结论: 符合条件', { exact: true }).waitFor();
    const before = await ruleOrder();
    const rule = {
      code: 'research-or-recent',
      label: { 'zh-CN': '科研单位或近期签约', en: 'Research body or a recent contract' },
      reason: { 'zh-CN': '须为高校或科研机构，或合同签订不足两个月', en: 'A university or institute, or a contract signed under two months ago' },
    };
    const form = page.getByTestId('new-rule');
    await form.getByTestId('new-rule-code').fill(rule.code);
    await form.getByTestId('new-rule-label-zh-CN').fill(rule.label['zh-CN']);
    await form.getByTestId('new-rule-label-en').fill(rule.label.en);
    await form.getByTestId('new-rule-reason-zh-CN').fill(rule.reason['zh-CN']);
    await form.getByTestId('new-rule-reason-en').fill(rule.reason.en);

    // The applicant's kind among two of its listed values, chosen by their Chinese labels.
    const kind = form.getByTestId('clause-0');
    await choose(kind, SUBJECT, 'field:applicant.kind');
    await choose(kind, '判断方式', 'in');
    await kind.getByRole('combobox', { name: '可选值（可多选）' }).click();
    await page.locator('li[data-value="university"]').click();
    await page.locator('li[data-value="research-institute"]').click();
    await page.keyboard.press('Escape');
    await expect(kind.getByRole('combobox', { name: '可选值（可多选）' }).textContent()).resolves.toMatch(/^[^A-Za-z]+、[^A-Za-z]+$/);

    // Or: the whole months from the contract's signing to the application date at most 2.
    await form.getByRole('button', { name: '再加一项判断' }).click();
    const recent = form.getByTestId('clause-1');
    await choose(recent, SUBJECT, 'monthsSince:contract.signedOn');
    await choose(recent, '判断方式', '<=');
    await recent.getByTestId('rule-value').fill('2');
    await choose(form, '多项判断之间', 'or');
    await form.screenshot({ path: path.join(SHOTS, 'studio-rules-one-of.png') });
    await form.getByRole('button', { name: '加入此条件' }).click();

    await expect(ruleOrder()).resolves.toEqual([...before, rule.code]);
    await page.getByText('✓ 没有问题').waitFor();
    const written = JSON.parse(await editorText())['x-eligibility'].at(-1);
    expect(written.when).toEqual({
      or: [{ in: [{ var: 'applicant.kind' }, ['university', 'research-institute']] }, { '<=': [{ monthsBetween: [{ var: 'contract.signedOn' }, { ctx: 'asOf' }] }, 2] }],
    });
    // The example is an enterprise whose contract was signed three months before: refused with the new reason.
    await page.getByTestId('studio-try-it').getByText(`${rule.label['zh-CN']}：不符合。${rule.reason['zh-CN']}`).waitFor();
    // Two months later in the other direction: applying on 2025-04-15 the contract is under two months old.
    await page.getByTestId('try-as-of').fill('2025-04-15');
    await page.getByTestId('try-decision').getByText('结论: 符合条件', { exact: true }).waitFor();

    await page.getByRole('button', { name: `删除 ${rule.code}` }).click();
    await page.getByRole('dialog', { name: `删除此申报条件？ ${rule.code}` }).getByRole('button', { name: '删除' }).click();
    await expect(ruleOrder()).resolves.toEqual(before);
  });

  it('publishes a measure with an added rule; pioneer check accepts the written file', async () => {
    await page.goto(`${platform!.adminUrl}/#/studio/${CODE}`);
    await page.getByText('✓ 没有问题').waitFor();
    const lenient = { code: 'some-compute-used', label: { 'zh-CN': '使用了算力', en: 'Some compute used' }, reason: { 'zh-CN': '算力使用量须不少于十万卡时', en: 'At least 100,000 accelerator hours must be used' } };
    await addRule(lenient.code, lenient.label, lenient.reason, '100000');
    await page.getByText('✓ 没有问题').waitFor();
    await page.locator('[data-case$="example.json"][data-passed="true"]').waitFor();

    await page.getByRole('button', { name: '发布' }).click();
    await page.locator('[data-testid="publish-diff"], [data-testid="publish-refused"]').first().waitFor({ timeout: 300_000 });
    expect(await page.getByTestId('publish-refused').count()).toBe(0);
    expect(changedFiles(copy)).toContain(MEASURE_FILE);
    const rules = JSON.parse(readFileSync(path.join(copy, MEASURE_FILE), 'utf8'))['x-eligibility'];
    expect(rules.at(-1)).toEqual({ ...lenient, when: { '>=': [{ var: 'compute.acceleratorHours' }, 100000] } });
    // The file as published passes the command line's check and the measure's cases.
    run(copy, process.execPath, ['tools/cli/bin/pioneer.js', 'check']);
    run(copy, process.execPath, ['tools/cli/bin/pioneer.js', 'test', CODE]);
  }, 600_000);

  it('speaks English when the backoffice does: labels, the inline code problem, what is still needed, the disabled move', async () => {
    await page.goto(`${platform!.adminUrl}/#/studio/${CODE}`);
    await page.getByRole('banner').getByRole('button', { name: '中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByText('✓ No problems').waitFor();
    const form = page.getByTestId('new-rule');
    await form.getByText('Add an eligibility rule').waitFor();
    await form.getByText('Still needed: a valid code, the rule name in both languages, the reason in both languages, a complete condition').waitFor();
    const first = (await ruleOrder())[0]!;
    await form.getByTestId('new-rule-code').fill(first);
    await form.getByText('Another rule of this measure has this code').waitFor();
    await expect(page.getByRole('button', { name: `Move up ${first} (already the first)` }).isDisabled()).resolves.toBe(true);
    await form.getByRole('combobox', { name: 'What is checked (a form field or a parameter)' }).waitFor();
    await form.screenshot({ path: path.join(SHOTS, 'studio-rules-new-en.png') });
  });
});
