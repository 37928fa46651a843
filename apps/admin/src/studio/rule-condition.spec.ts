import {
  clauseExpression,
  conditionExpression,
  namedOperands,
  operatorsFor,
  parseTextList,
  parseValue,
  rightOperands,
  switchableOperators,
  type NamedOperand,
} from './rule-condition';

const label = (text: string) => ({ 'zh-CN': text, en: text });

/** A small inlined form as the studio's check returns it: nested object, enum with labels, money, date, a list. */
const FORM = {
  $id: 'https://example.test/measure.json',
  type: 'object',
  properties: {
    applicant: {
      type: 'object',
      'x-label': label('applicant'),
      properties: { kind: { type: 'string', enum: ['firm', 'lab'], 'x-label': label('kind'), 'x-enumLabels': { firm: label('Firm') } } },
    },
    amount: { type: 'integer', 'x-kind': 'money', 'x-label': label('amount') },
    signedOn: { type: 'string', format: 'date', 'x-label': label('signed') },
    files: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' } } }, 'x-label': label('files') },
  },
};
const PARAMETERS = {
  cap: { type: 'money', label: label('cap') },
  bands: { type: 'bands', label: label('bands') },
  kinds: { type: 'string-list', label: label('kinds') },
  windowMonths: { type: 'integer', label: label('window') },
};

describe('namedOperands', () => {
  it('lists single-valued fields by dot path with type and choices, the months since each date field, then single-valued and text-list parameters; lists and objects are left out', () => {
    const operands = namedOperands(FORM, PARAMETERS);
    expect(operands.map((o) => [o.kind, o.name, o.type])).toEqual([
      ['field', 'applicant.kind', 'string'],
      ['field', 'amount', 'money'],
      ['field', 'signedOn', 'date'],
      ['monthsSince', 'signedOn', 'integer'],
      ['param', 'cap', 'money'],
      ['param', 'kinds', 'string-list'],
      ['param', 'windowMonths', 'integer'],
    ]);
    expect(operands[3].label).toEqual({ 'zh-CN': '自“signed”至申请日的整月数', en: 'Whole months from signed to the application date' });
    expect(operands[0].choices).toEqual([
      { value: 'firm', label: label('Firm') },
      { value: 'lab', label: undefined },
    ]);
  });

  it('has only parameters before the form has been generated', () => {
    expect(namedOperands(null, PARAMETERS).map((o) => o.name)).toEqual(['cap', 'kinds', 'windowMonths']);
  });
});

describe('operatorsFor', () => {
  const operand = (kind: NamedOperand['kind'], type: NamedOperand['type']): NamedOperand => ({ kind, name: 'x', type, label: label('x') });

  it('offers ordering only for numbers, money, rates and dates, membership only for texts, and presence only for fields', () => {
    expect(operatorsFor(operand('field', 'money'))).toEqual(['==', '!=', '<', '<=', '>', '>=', 'present', 'absent']);
    expect(operatorsFor(operand('field', 'string'))).toEqual(['==', '!=', 'in', 'notIn', 'present', 'absent']);
    expect(operatorsFor(operand('param', 'date'))).toEqual(['==', '!=', '<', '<=', '>', '>=']);
    expect(operatorsFor(operand('monthsSince', 'integer'))).toEqual(['==', '!=', '<', '<=', '>', '>=']);
    expect(operatorsFor(undefined)).toEqual([]);
  });

  it('offers nothing for a text-list parameter: it is only what an "is one of" reads', () => {
    expect(operatorsFor(operand('param', 'string-list'))).toEqual([]);
  });
});

describe('rightOperands', () => {
  const operands = namedOperands(FORM, PARAMETERS);
  const named = (kind: string, name: string) => operands.find((o) => o.kind === kind && o.name === name)!;

  it('offers a text-list parameter for membership and comparable single values otherwise, never the months since a date', () => {
    expect(rightOperands(named('field', 'applicant.kind'), 'in', operands).map((o) => o.name)).toEqual(['kinds']);
    expect(rightOperands(named('field', 'applicant.kind'), '==', operands).map((o) => o.name)).toEqual([]);
    expect(rightOperands(named('monthsSince', 'signedOn'), '<=', operands).map((o) => o.name)).toEqual(['windowMonths']);
    // Money compares with money only, as the engine's checker has it (a money field against a count of months is refused there).
    expect(rightOperands(named('field', 'amount'), '<=', operands).map((o) => o.name)).toEqual(['cap']);
  });
});

describe('parseValue', () => {
  it('reads money as people write it into integer fen, rates into basis points, dates as date literals, numbers as numbers', () => {
    expect(parseValue('money', '100万')).toEqual({ ok: true, value: 100_000_000 });
    expect(parseValue('date', '2025-01-31')).toEqual({ ok: true, value: { date: '2025-01-31' } });
    expect(parseValue('integer', '42')).toEqual({ ok: true, value: 42 });
    expect(parseValue('number', '1.5')).toEqual({ ok: true, value: 1.5 });
    expect(parseValue('rate', '12.5%')).toEqual({ ok: true, value: 1250 });
    expect(parseValue('boolean', 'false')).toEqual({ ok: true, value: false });
    expect(parseValue('string', 'firm')).toEqual({ ok: true, value: 'firm' });
  });

  it('reads a list of texts as people separate them, without blanks or repeats', () => {
    expect(parseTextList('firm, lab，lab、 institute；x\ny')).toEqual({ ok: true, value: ['firm', 'lab', 'institute', 'x', 'y'] });
    expect(parseTextList(' , 、')).toEqual({ ok: false, problem: 'empty' });
  });

  it('names what is wrong with a value that is not of the type', () => {
    expect(parseValue('money', 'lots')).toEqual({ ok: false, problem: 'money' });
    expect(parseValue('integer', '1.5')).toEqual({ ok: false, problem: 'integer' });
    expect(parseValue('number', 'x')).toEqual({ ok: false, problem: 'number' });
    expect(parseValue('rate', '0.5')).toEqual({ ok: false, problem: 'rate' });
    expect(parseValue('date', '31/01/2025')).toEqual({ ok: false, problem: 'date' });
    expect(parseValue('integer', ' ')).toEqual({ ok: false, problem: 'empty' });
  });
});

describe('clauseExpression and conditionExpression', () => {
  it('writes a comparison of a field with a value, a parameter or another field', () => {
    expect(clauseExpression({ operator: '>=', left: { kind: 'field', name: 'amount' }, right: { kind: 'value', value: 100 } })).toEqual({ '>=': [{ var: 'amount' }, 100] });
    expect(clauseExpression({ operator: '<=', left: { kind: 'field', name: 'amount' }, right: { kind: 'param', name: 'cap' } })).toEqual({ '<=': [{ var: 'amount' }, { param: 'cap' }] });
    expect(clauseExpression({ operator: '!=', left: { kind: 'param', name: 'cap' }, right: { kind: 'field', name: 'amount' } })).toEqual({ '!=': [{ param: 'cap' }, { var: 'amount' }] });
  });

  it('writes presence and absence of a field', () => {
    expect(clauseExpression({ operator: 'present', left: { kind: 'field', name: 'signedOn' } })).toEqual({ present: 'signedOn' });
    expect(clauseExpression({ operator: 'absent', left: { kind: 'field', name: 'signedOn' } })).toEqual({ not: { present: 'signedOn' } });
  });

  it('writes membership of listed values or of a list parameter, and its negation', () => {
    const kind = { kind: 'field' as const, name: 'applicant.kind' };
    expect(clauseExpression({ operator: 'in', left: kind, right: { kind: 'value', value: ['firm', 'lab'] } })).toEqual({ in: [{ var: 'applicant.kind' }, ['firm', 'lab']] });
    expect(clauseExpression({ operator: 'notIn', left: kind, right: { kind: 'param', name: 'kinds' } })).toEqual({ not: { in: [{ var: 'applicant.kind' }, { param: 'kinds' }] } });
  });

  it('writes the months since a date field as monthsBetween the field and the application date', () => {
    expect(clauseExpression({ operator: '<=', left: { kind: 'monthsSince', name: 'signedOn' }, right: { kind: 'param', name: 'windowMonths' } })).toEqual({
      '<=': [{ monthsBetween: [{ var: 'signedOn' }, { ctx: 'asOf' }] }, { param: 'windowMonths' }],
    });
  });

  it('is undefined while an operand is missing, so nothing incomplete is written', () => {
    expect(clauseExpression({ operator: '==' })).toBeUndefined();
    expect(clauseExpression({ operator: '==', left: { kind: 'field', name: 'amount' } })).toBeUndefined();
    expect(clauseExpression({ operator: '==', left: { kind: 'field', name: 'amount' }, right: { kind: 'value', value: undefined } })).toBeUndefined();
    const complete = { operator: 'present' as const, left: { kind: 'field' as const, name: 'amount' } };
    expect(conditionExpression({ join: 'and', clauses: [complete, { operator: '==' }] })).toBeUndefined();
    expect(conditionExpression({ join: 'and', clauses: [] })).toBeUndefined();
  });

  it('keeps one clause as it is and joins several with and / or', () => {
    const a = { operator: 'present' as const, left: { kind: 'field' as const, name: 'amount' } };
    const b = { operator: '>' as const, left: { kind: 'field' as const, name: 'amount' }, right: { kind: 'value' as const, value: 0 } };
    expect(conditionExpression({ join: 'or', clauses: [a] })).toEqual({ present: 'amount' });
    expect(conditionExpression({ join: 'or', clauses: [a, b] })).toEqual({ or: [{ present: 'amount' }, { '>': [{ var: 'amount' }, 0] }] });
  });
});

describe('switchableOperators', () => {
  const operands = namedOperands(FORM, PARAMETERS);

  it('switches a comparison among the comparisons its left operand allows, and and/or between themselves', () => {
    expect(switchableOperators({ '==': [{ var: 'applicant.kind' }, 'firm'] }, operands)).toEqual(['==', '!=']);
    expect(switchableOperators({ '<=': [{ var: 'amount' }, { param: 'cap' }] }, operands)).toEqual(['==', '!=', '<', '<=', '>', '>=']);
    expect(switchableOperators({ and: [true, true] }, operands)).toEqual(['and', 'or']);
  });

  it('offers nothing for operators whose operands would not fit another (in, present, literals)', () => {
    expect(switchableOperators({ in: [{ var: 'applicant.kind' }, ['firm']] }, operands)).toEqual([]);
    expect(switchableOperators({ present: 'amount' }, operands)).toEqual([]);
    expect(switchableOperators(true, operands)).toEqual([]);
  });
});
