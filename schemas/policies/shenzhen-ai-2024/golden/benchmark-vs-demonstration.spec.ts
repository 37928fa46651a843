import path from 'node:path';
import fc from 'fast-check';
import type { ReviewerScores } from '@pioneer/engine';
import { exampleApplication, goldenPolicy, withChanges, yuan } from '../../../testing/golden';

// Issue 8, item 5: 对具有引领作用的标杆应用项目，可提高资助标准 — a benchmark project never gets less than
// the same project (same investment, same reviewers' score) as a demonstration project.
const folder = path.resolve(__dirname, '..');
const policy = goldenPolicy(folder);
const asOf = '2025-09-01';
const benchmark = exampleApplication(folder, 'industry-benchmark-project');
const demonstration = exampleApplication(folder, 'industry-demonstration-project');
const DEMO = ['promotion-value', 'innovation', 'results', 'investment-soundness'];
const BENCH = ['leading-role', 'innovation', 'scale', 'replicability'];
const panel = (criteria: string[], mark: number): ReviewerScores[] =>
  ['r1', 'r2', 'r3'].map((reviewer) => ({ reviewer, scores: Object.fromEntries(criteria.map((c) => [c, mark])) }));

function both(investmentFen: number, mark: number) {
  const bench = policy.evaluate('industry-benchmark-project', withChanges(benchmark, { 'investment.actual': investmentFen }), {
    asOf,
    scores: panel(BENCH, mark),
  });
  const demo = policy.evaluate('industry-demonstration-project', withChanges(demonstration, { 'investment.actual': investmentFen }), {
    asOf,
    scores: panel(DEMO, mark),
  });
  return { bench: bench.award?.amount ?? 0, demo: demo.award?.amount ?? 0 };
}

describe('（五）可提高资助标准: benchmark ≥ demonstration for the same project', () => {
  it('可提高资助标准: 5,000,000 yuan invested, score 60 → benchmark 600,000 yuan = demonstration 600,000 yuan', () => {
    // 5,000,000 × 30% = 1,500,000 yuan (under both caps) × 40% = 600,000 yuan either way.
    expect(both(yuan(5_000_000), 6)).toEqual({ bench: yuan(600_000), demo: yuan(600_000) });
  });

  it('给予最高1000万元资助: 20,000,000 yuan invested, score 80 → benchmark 4,800,000 yuan > demonstration 1,600,000 yuan', () => {
    // 20,000,000 × 30% = 6,000,000 yuan: benchmark 6,000,000 × 80% = 4,800,000; demonstration capped 2,000,000 × 80% = 1,600,000.
    expect(both(yuan(20_000_000), 8)).toEqual({ bench: yuan(4_800_000), demo: yuan(1_600_000) });
  });

  it('可提高资助标准: never less, over investments and scores', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000_000_000 }), fc.integer({ min: 0, max: 10 }), (investment, mark) => {
        const { bench, demo } = both(investment, mark);
        return bench >= demo;
      }),
      { numRuns: 150 },
    );
  });
});
