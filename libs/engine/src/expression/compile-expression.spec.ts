import { type FieldInfo, type Scope, UNKNOWN } from './expression.types';
import { testCompiler } from './test-env.testing';

const FIELDS: Record<string, FieldInfo> = {
  'applicant.kind': { type: 'string', enum: ['enterprise', 'university'] },
  'applicant.registeredOn': { type: 'date' },
  'contract.amount': { type: 'money' },
  'contract.months': { type: 'integer' },
  'attachments.contract': { type: 'list' },
  filed: { type: 'boolean' },
};
const PARAMS = { cap: 'money', rate: 'rate', maxAge: 'integer' } as const;

const compile = testCompiler(FIELDS, PARAMS);

const scope = (app: unknown, partial = false): Scope => ({
  app,
  params: { cap: 200_000_000, rate: 3000, maxAge: 36 },
  asOf: '2025-06-01',
  score: UNKNOWN,
  partial,
});

describe('expression language', () => {
  it('compiles comparisons, logic and arithmetic to closures', () => {
    const { fn, problems, type } = compile({
      and: [
        { in: [{ var: 'applicant.kind' }, ['enterprise', 'university']] },
        { '<': [{ monthsBetween: [{ var: 'applicant.registeredOn' }, { ctx: 'asOf' }] }, { param: 'maxAge' }] },
        { '>=': [{ min: [{ share: [{ var: 'contract.amount' }, { param: 'rate' }] }, { param: 'cap' }] }, 100] },
      ],
    });
    expect(problems).toEqual([]);
    expect(type).toBe('boolean');
    expect(fn(scope({ applicant: { kind: 'enterprise', registeredOn: '2024-01-01' }, contract: { amount: 1000 } }))).toBe(true);
    expect(fn(scope({ applicant: { kind: 'enterprise', registeredOn: '2020-01-01' }, contract: { amount: 1000 } }))).toBe(false);
  });

  it('is three-valued: missing facts are unknown, and a decisive operand still decides', () => {
    const { fn } = compile({ and: [{ '==': [{ var: 'applicant.kind' }, 'enterprise'] }, { '>': [{ var: 'contract.amount' }, 0] }] });
    expect(fn(scope({ applicant: { kind: 'enterprise' } }, true))).toBe(UNKNOWN);
    expect(fn(scope({ applicant: { kind: 'university' } }, true))).toBe(false);
    const present = compile({ present: 'contract.amount' }).fn;
    expect(present(scope({}, true))).toBe(UNKNOWN);
    expect(present(scope({}, false))).toBe(false);
  });

  it('reports an undefined field or parameter with a suggestion', () => {
    expect(compile({ var: 'contract.amout' }).problems).toEqual([
      { pointer: '/when/var', message: "reference to undefined field 'contract.amout' (did you mean 'contract.amount'?)" },
    ]);
    expect(compile({ param: 'rat' }).problems[0].message).toBe("reference to undefined parameter 'rat' (did you mean 'rate'?)");
  });

  it('reports type errors at the node that has them', () => {
    expect(compile({ '<': [{ var: 'applicant.registeredOn' }, { param: 'cap' }] }).problems).toEqual([
      { pointer: '/when/<', message: "type error: '<' compares date with money" },
    ]);
    expect(compile({ share: [{ var: 'contract.months' }, { param: 'rate' }] }).problems[0]).toEqual({
      pointer: '/when/share/0',
      message: "type error: the base of 'share' must be money, found integer",
    });
    expect(compile({ and: [{ var: 'contract.amount' }, true] }).problems[0].pointer).toBe('/when/and/0');
  });

  it('catches a literal that is not one of an enum field’s values', () => {
    expect(compile({ '==': [{ var: 'applicant.kind' }, 'entreprise'] }).problems[0].message).toContain(
      "'entreprise' is not one of the field's values",
    );
  });

  it('rejects unknown operators, wrong arity and lists where a value is needed', () => {
    expect(compile({ eval: ['1+1'] }).problems[0].message).toMatch(/^unknown operator 'eval'/);
    expect(compile({ '==': [1] }).problems[0].message).toBe('expects a list of 2 arguments');
    expect(compile({ var: 'attachments.contract' }).problems[0].message).toContain('is a list (use count)');
    expect(compile({ count: 'attachments.contract' }).fn(scope({ attachments: { contract: [1, 2] } }))).toBe(2);
  });
});

describe('date operators', () => {
  it('yearOf gives the year of a date; addMonths a date so many months later', () => {
    const previousYear = compile({ '-': [{ yearOf: [{ ctx: 'asOf' }] }, 1] });
    expect([previousYear.type, previousYear.fn(scope({})), previousYear.problems]).toEqual(['integer', 2024, []]);
    const within = compile({ '<=': [{ ctx: 'asOf' }, { addMonths: [{ var: 'applicant.registeredOn' }, 48] }] });
    expect(within.fn(scope({ applicant: { registeredOn: '2021-06-01' } }))).toBe(true);
    expect(within.fn(scope({ applicant: { registeredOn: '2021-05-31' } }))).toBe(false);
  });

  it('rejects a non-date argument by pointer', () => {
    expect(compile({ yearOf: [{ var: 'contract.amount' }] }).problems[0].pointer).toBe('/when/yearOf/0');
    expect(compile({ addMonths: [{ var: 'applicant.registeredOn' }, { var: 'contract.amount' }] }).problems[0].pointer).toBe(
      '/when/addMonths/1',
    );
  });
});
