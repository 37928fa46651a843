import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compilePolicy } from '@pioneer/engine';
import { loadPolicyFolder, readPolicyBundle } from '@pioneer/policy-loader';
import { whatIf, type StoredApplication } from './what-if.util';

// The issue's own example: compute-voucher's rate from 50% to 55% on a future date.
const POLICY = path.resolve(__dirname, '../../../../schemas/policies/shenzhen-ai-2024');
const CODE = 'compute-voucher';
const example = JSON.parse(readFileSync(path.join(POLICY, 'examples/applications', `${CODE}.json`), 'utf8'));

type MeasureJson = { 'x-versions': Array<{ values: Record<string, unknown> }>; 'x-eligibility': Array<{ when: unknown }> };

function edited(change: (measure: MeasureJson) => void) {
  const { bundle } = readPolicyBundle(POLICY);
  const source = bundle!.measures.find((m) => m.file.endsWith(`/${CODE}.json`))!;
  change(source.json as MeasureJson);
  return compilePolicy(bundle!).policy!;
}

const stored = (over: Partial<StoredApplication>): StoredApplication => ({
  id: 'a',
  status: 'submitted',
  data: example,
  asOf: '2025-06-01',
  scores: [],
  history: [],
  approvedAmount: null,
  budgetYear: null,
  ...over,
});

describe('whatIf', () => {
  const published = loadPolicyFolder(POLICY);
  const rate55 = edited((m) => (m['x-versions'][0].values.rate = '55%'));
  const closed = edited((m) => (m['x-eligibility'][0].when = { '==': [1, 2] }));

  it('gives before, after and the change per application and in total, and moves committed budget per year', () => {
    const apps = [stored({ id: 'a', approvedAmount: 400_000_000, budgetYear: 2025 }), stored({ id: 'b' })];
    const report = whatIf(CODE, published, rate55, apps);
    // 8,000,000 yuan × 50% = 4,000,000 yuan; × 55% = 4,400,000 yuan: +400,000 yuan (40,000,000 fen) each.
    expect(report.rows.map((r) => [r.id, r.before.amount, r.after.amount, r.change, r.flips])).toEqual([
      ['a', 400_000_000, 440_000_000, 40_000_000, false],
      ['b', 400_000_000, 440_000_000, 40_000_000, false],
    ]);
    expect(report.totals).toEqual({ applications: 2, before: 800_000_000, after: 880_000_000, change: 80_000_000, flips: 0, changed: 2 });
    expect(report.budgetYears).toEqual([{ year: 2025, committedBefore: 400_000_000, committedAfter: 440_000_000, change: 40_000_000 }]);
  });

  it('counts eligibility flips, and an approval no longer eligible commits nothing', () => {
    const report = whatIf(CODE, published, closed, [stored({ approvedAmount: 400_000_000, budgetYear: 2025 })]);
    expect(report.rows[0]).toMatchObject({ flips: true, after: { status: 'ineligible', amount: null }, change: -400_000_000 });
    expect(report.totals.flips).toBe(1);
    expect(report.budgetYears).toEqual([{ year: 2025, committedBefore: 400_000_000, committedAfter: 0, change: -400_000_000 }]);
  });

  it('changes nothing when the edit changes nothing', () => {
    expect(whatIf(CODE, published, published, [stored({})]).totals.changed).toBe(0);
  });
});
