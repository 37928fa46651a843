import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from './main';
import { copyPolicy, FIXTURES, run } from './test-folders';

/** The minimal fixture policy with its one measure replaced by a broken variant. */
function withBrokenMeasure(name: string): string {
  const dir = copyPolicy(path.join(FIXTURES, 'minimal-policy'));
  copyFileSync(path.join(FIXTURES, 'broken', `${name}.json`), path.join(dir, 'measures', 'training-rebate.json'));
  return dir;
}

describe('pioneer check', () => {
  it('passes the shipped policy and the minimal fixture', async () => {
    expect((await run(main, ['check'])).code).toBe(0);
    expect((await run(main, ['check', '--policy', path.join(FIXTURES, 'minimal-policy')])).output).toContain('no problems');
  });

  it.each([
    ['missing-parameter', "#/x-versions/0/values: missing parameter 'cap' (money) in version 1"],
    ['undefined-parameter', "#/x-award/cap/param: reference to undefined parameter 'maximum'"],
    ['undefined-field', "#/x-award/base/var: reference to undefined field 'trainingFees'"],
    ['unknown-rounding', '#/x-award/rounding/mode: must be equal to one of the allowed values (allowed: floor, ceil, half-up, half-even)'],
    ['expression-type-error', "#/x-eligibility/0/when/<: type error: '<' compares date with money"],
    ['requested-not-money', '#/x-award/requested: type error: expected money, found string'],
    ['identity-undefined-field', "#/x-identity/fields/0: reference to undefined field 'trainingReference'"],
    ['repeat-without-identity', '#/x-repeat: x-repeat needs x-identity: what counts as the same thing'],
    ['year-of-money', "#/x-eligibility/0/when/==/0/yearOf/0: type error: the argument of 'yearOf' must be date, found money"],
    [
      'add-months-not-integer',
      "#/x-eligibility/0/when/<=/0/addMonths/1: type error: the months of 'addMonths' must be integer, found string",
    ],
    ['refer-not-boolean', '#/x-eligibility/0/refer/when: type error: expected boolean, found string'],
    ['split-last-has-share', '#/x-award/split/1/share: the last funder takes the rest: it has no share'],
    ['version-rubric-weights', '#/x-versions/0/rubric/criteria: criterion weights add up to 90; they must add up to 100'],
    ['support-date-not-date', '#/x-support/0/date: type error: expected date, found money'],
    [
      'cap-scope-unknown-per',
      '#/x-award/capScope/per: must be equal to one of the allowed values (allowed: application, project, applicant)',
    ],
    ['multiply-money-by-money', "#/x-award/cap/*: type error: '*' multiplies money by money; one factor may be money, the others integers"],
    ['divide-without-rounding', "#/x-award/cap/~1: '/' takes [dividend, divisor, rounding mode] (mode: floor, ceil, half-up or half-even)"],
    ['date-literal-malformed', '#/x-eligibility/0/when/<=/0/date: must be a date written YYYY-MM-DD'],
    ['date-parameter-not-a-date', "#/x-versions/0/values/opensOn: parameter 'opensOn' must be a date written YYYY-MM-DD"],
    ['awarded-unknown-scope', '#/x-eligibility/0/when/>/0/awarded/1: unknown scope "ever" (known: project, applicant, applicant-year)'],
    ['awarded-undefined-measure', "#/x-eligibility/0/when/==/0/awarded/0: reference to undefined measure 'no-such-measure'"],
    ['unknown-operator', "#/x-award/cap: unknown operator '^' (known: var, param,"],
    ['format-limit-not-a-string', "#/properties/startedOn/formatMaximum: formatMaximum must be a string in the field's format"],
  ])('fails a measure with a %s, naming the file, the pointer and the problem', async (name, expected) => {
    const { code, output } = await run(main, ['check', '--policy', withBrokenMeasure(name)]);
    expect(code).toBe(1);
    expect(output).toContain(`measures/training-rebate.json${expected}`);
    expect(output.match(/training-rebate\.json#/g)).toHaveLength(1);
  });

  it.each([
    ['evidence-not-a-path', '#/subjects/evidence: must match pattern'],
    ['declared-support-not-a-path', '#/subjects/declaredSupport: must match pattern'],
    ['exclusivity-unknown-within', '#/exclusivityGroups/0/within: must be equal to one of the allowed values (allowed: ever, budget-year)'],
    ['issuer-not-a-unit', "#/issuer: the issuer 'nobody' is not one of the policy's units (bureau)"],
    ['level-missing', "#: must have required property 'level'"],
    [
      'exclusivity-unknown-policy',
      "#/exclusivityGroups/0/measures/1: reference to undefined policy 'no-such-policy' (known: fixture-policy)",
    ],
  ])('fails a policy file with an %s, naming the file, the pointer and the problem', async (name, expected) => {
    const dir = copyPolicy(path.join(FIXTURES, 'minimal-policy'));
    copyFileSync(path.join(FIXTURES, 'broken-policy', `${name}.json`), path.join(dir, 'policy.json'));
    const { code, output } = await run(main, ['check', '--policy', dir]);
    expect(code).toBe(1);
    expect(output).toContain(`policy.json${expected}`);
  });

  it('names the file of a measure that is not valid JSON', async () => {
    const dir = withBrokenMeasure('missing-parameter');
    writeFileSync(path.join(dir, 'measures', 'training-rebate.json'), '{ "title": ');
    const { code, output } = await run(main, ['check', '--policy', dir]);
    expect(code).toBe(1);
    expect(output).toMatch(/training-rebate\.json#: cannot read JSON/);
  });

  it('reports a problem inside a measure once, without a cascading "undefined measure" in policy.json', async () => {
    const dir = withBrokenMeasure('unknown-rounding');
    const policy = JSON.parse(readFileSync(path.join(dir, 'policy.json'), 'utf8'));
    policy.budgets = [{ code: 'training', label: { 'zh-CN': '培训', en: 'Training' }, measures: ['training-rebate'], annualAmount: 100 }];
    writeFileSync(path.join(dir, 'policy.json'), JSON.stringify(policy));
    const { output } = await run(main, ['check', '--policy', dir]);
    expect(output).toContain('training-rebate.json#/x-award/rounding/mode');
    expect(output).not.toContain('undefined measure');
  });

  it("refuses a budget year's own amount under a key that is not a year, or not in fen, naming the pointer", async () => {
    const dir = copyPolicy(path.join(FIXTURES, 'minimal-policy'));
    const policy = JSON.parse(readFileSync(path.join(dir, 'policy.json'), 'utf8'));
    policy.budgets = [{ code: 'training', label: { 'zh-CN': '培训', en: 'Training' }, measures: ['training-rebate'], annualAmount: 100, yearAmounts: { '2025': 50, next: 70, '2026': 1.5 } }];
    writeFileSync(path.join(dir, 'policy.json'), JSON.stringify(policy));
    const { code, output } = await run(main, ['check', '--policy', dir]);
    expect(code).toBe(1);
    expect(output).toContain('policy.json#/budgets/0/yearAmounts');
    expect(output).toContain('policy.json#/budgets/0/yearAmounts/2026');
    expect(output).not.toContain('yearAmounts/2025');
  });

  it('warns, without failing, on placeholder texts and parameters no rule reads', async () => {
    const dir = copyPolicy(path.join(FIXTURES, 'minimal-policy'));
    const file = path.join(dir, 'measures', 'training-rebate.json');
    const measure = JSON.parse(readFileSync(file, 'utf8'));
    measure['x-measure'].name.en = '[TODO] Training rebate';
    measure['x-parameters'].spare = { type: 'integer', label: { 'zh-CN': '备用', en: 'Spare' } };
    measure['x-versions'][0].values.spare = 1;
    writeFileSync(file, JSON.stringify(measure));
    const { code, output } = await run(main, ['check', '--policy', dir]);
    expect(code).toBe(0);
    expect(output).toContain('no problems, 2 warning(s)');
    expect(output).toContain('⚠ ');
    expect(output).toContain('#/x-measure/name/en: 1 placeholder text(s) (【待填写】/[TODO]) left to replace');
    expect(output).toContain("#/x-parameters/spare: parameter 'spare' is declared but no rule or award reads it");
  });

  it('refuses an example application named after no measure, instead of taking its name as a code', async () => {
    const dir = copyPolicy(path.join(FIXTURES, 'minimal-policy'));
    mkdirSync(path.join(dir, 'examples', 'applications'), { recursive: true });
    writeFileSync(path.join(dir, 'examples', 'applications', 'training.json'), '{}');
    const { code, output } = await run(main, ['check', '--policy', dir]);
    expect(code).toBe(1);
    expect(output).toContain(
      "examples/applications/training.json#: an example application is named after its measure, and this policy has no measure 'training'",
    );
  });
});
