import { type FieldInfo, type HistoryScope, type Scope, UNKNOWN } from './expression.types';
import { testCompiler } from './test-env.testing';
import type { FundingRecord } from '../lib/types';

const FIELDS: Record<string, FieldInfo> = {
  'office.area': { type: 'integer' },
  'lease.months': { type: 'integer' },
  'lease.rent': { type: 'money' },
  'filing.date': { type: 'date' },
  'model.size': { type: 'number' },
};
const PARAMS = { perUnit: 'money', opensOn: 'date' } as const;
const refs: string[] = [];
const compile = testCompiler(FIELDS, PARAMS, refs);

const record = (over: Partial<FundingRecord>): FundingRecord => ({
  policy: 'city-2024',
  measure: 'voucher',
  level: 'city',
  applicantId: 'A',
  projectRef: 'P-1',
  amount: 100,
  date: '2025-03-01',
  ...over,
});

const scope = (app: unknown, history?: Partial<HistoryScope>, partial = false): Scope => ({
  app,
  params: { perUnit: 3_500, opensOn: '2025-07-01' },
  asOf: '2025-09-01',
  score: UNKNOWN,
  partial,
  history: history && { records: [], policy: 'district-2025', applicantId: 'A', key: 'P-1', ...history },
});

describe("'*': money × integer quantities stays exact fen", () => {
  it('multiplies a limit per m² per month by the area and the months', () => {
    const limit = compile({ '*': [{ param: 'perUnit' }, { var: 'office.area' }, { var: 'lease.months' }] });
    expect([limit.type, limit.problems]).toEqual(['money', []]);
    // 35 yuan per m² per month × 120 m² × 12 months = 50,400 yuan = 5,040,000 fen.
    expect(limit.fn(scope({ office: { area: 120 }, lease: { months: 12 } }))).toBe(5_040_000);
    expect(limit.fn(scope({ office: { area: 120 } }))).toBe(UNKNOWN);
  });

  it('refuses money × money and money × a fraction by pointer, naming the way out', () => {
    expect(compile({ '*': [{ var: 'lease.rent' }, { param: 'perUnit' }] }).problems[0].message).toContain('money by money');
    expect(compile({ '*': [{ var: 'lease.rent' }, { var: 'model.size' }] }).problems[0].message).toContain("'/' with a rounding mode");
    expect(compile({ '*': [{ var: 'lease.rent' }, { var: 'filing.date' }] }).problems[0]).toEqual({
      pointer: '/when/*/1',
      message: "type error: each factor of '*' must be money or integer or number, found date",
    });
  });

  it('is unknown, not wrong, past the safe integers', () => {
    expect(compile({ '*': [9_007_199_254_740_991, 2] }).fn(scope({}))).toBe(UNKNOWN);
  });
});

describe("'/': division with the rounding written in the rule", () => {
  it('rounds each mode to a whole fen', () => {
    const third = (mode: string) => compile({ '/': [{ var: 'lease.rent' }, 3, mode] });
    expect(third('floor').fn(scope({ lease: { rent: 100 } }))).toBe(33);
    expect(third('ceil').fn(scope({ lease: { rent: 100 } }))).toBe(34);
    expect(third('half-up').fn(scope({ lease: { rent: 5 } }))).toBe(2);
    expect(compile({ '/': [{ var: 'lease.rent' }, 2, 'half-even'] }).fn(scope({ lease: { rent: 5 } }))).toBe(2);
    expect(third('floor').type).toBe('money');
  });

  it('requires a known rounding mode and an integer divisor; division by zero is unknown', () => {
    expect(compile({ '/': [{ var: 'lease.rent' }, 3] }).problems[0].message).toContain('rounding mode');
    expect(compile({ '/': [{ var: 'lease.rent' }, 3, 'down'] }).problems[0]).toEqual({
      pointer: '/when/~1/2',
      message: 'unknown rounding mode "down" (known: floor, ceil, half-up, half-even)',
    });
    expect(compile({ '/': [{ var: 'lease.rent' }, { var: 'lease.rent' }, 'floor'] }).problems[0].pointer).toBe('/when/~1/1');
    expect(compile({ '/': [{ var: 'lease.rent' }, 0, 'floor'] }).fn(scope({ lease: { rent: 5 } }))).toBe(UNKNOWN);
  });
});

describe('date literals and date parameters', () => {
  it('compares a field with a literal date and a versioned date parameter', () => {
    const window = compile({
      and: [{ '>=': [{ var: 'filing.date' }, { param: 'opensOn' }] }, { '<=': [{ var: 'filing.date' }, { date: '2025-12-31' }] }],
    });
    expect(window.problems).toEqual([]);
    expect(window.fn(scope({ filing: { date: '2025-07-01' } }))).toBe(true);
    expect(window.fn(scope({ filing: { date: '2025-06-30' } }))).toBe(false);
    expect(window.fn(scope({ filing: { date: '2026-01-01' } }))).toBe(false);
  });

  it('rejects a malformed date literal, and a bare string compared with a date', () => {
    expect(compile({ date: '2025-13-01' }).problems[0].message).toBe('a date literal is written YYYY-MM-DD, not "2025-13-01"');
    expect(compile({ '<': [{ var: 'filing.date' }, '2025-01-01'] }).problems[0].message).toContain('compares date with string');
  });
});

describe('awarded: the funding history in rules', () => {
  const voucher = compile({ awarded: ['city-2024/voucher', 'project'] });

  it('sums the applicant’s awards of another policy’s measure for the same project', () => {
    const records = [record({ amount: 100 }), record({ amount: 50 }), record({ projectRef: 'P-2' }), record({ applicantId: 'B' })];
    expect([voucher.type, voucher.problems]).toEqual(['money', []]);
    expect(voucher.fn(scope({}, { records }))).toBe(150);
    expect(voucher.fn(scope({}, { records: [record({ policy: 'other' })] }))).toBe(0);
    expect(refs).toContain('city-2024/voucher');
  });

  it('reads a bare code as a measure of the policy evaluating, and sums per applicant and per budget year', () => {
    const own = [
      record({ policy: undefined, measure: 'rent', projectRef: 'X' }),
      record({ policy: 'district-2025', measure: 'rent', date: '2024-05-01' }),
    ];
    expect(compile({ awarded: ['rent', 'applicant'] }).fn(scope({}, { records: own }))).toBe(200);
    expect(compile({ awarded: ['rent', 'applicant-year'] }).fn(scope({}, { records: own }))).toBe(100);
  });

  it('is unknown while matching a profile, so a rule that needs it is undecided', () => {
    expect(voucher.fn(scope({}, undefined, true))).toBe(UNKNOWN);
  });

  it('names a malformed reference or scope by pointer', () => {
    expect(compile({ awarded: ['City/Voucher', 'project'] }).problems[0].pointer).toBe('/when/awarded/0');
    expect(compile({ awarded: ['voucher', 'ever'] }).problems[0].message).toBe(
      'unknown scope "ever" (known: project, applicant, applicant-year)',
    );
  });
});
