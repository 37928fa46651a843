// What-if: the published and the edited version of a measure decide the same stored applications
// with the same facts, so every difference shown is the edit's. Pure, so the benchmark and the
// service run the same code.
import type { CompiledPolicy, DecisionStatus, EvaluationContext, FundingRecord } from '@pioneer/engine';

/** A stored application as the what-if reads it. */
export interface StoredApplication {
  id: string;
  status: string;
  data: Record<string, unknown>;
  /** YYYY-MM-DD the application is evaluated on (its submission day, or the chosen date). */
  asOf: string;
  scores: EvaluationContext['scores'];
  /** The applicant's other awards on the platform (FundingHistoryService), as approval reads them. */
  history: FundingRecord[];
  /** Integer fen committed at approval, with its budget year; null when nothing is committed. */
  approvedAmount: number | null;
  budgetYear: number | null;
}

export interface WhatIfRow {
  id: string;
  status: string;
  asOf: string;
  before: { status: DecisionStatus; amount: number | null };
  after: { status: DecisionStatus; amount: number | null };
  /** after − before, integer fen (a missing amount counts as 0). */
  change: number;
  /** Whether eligibility flips (eligible before and not after, or the other way). */
  flips: boolean;
}

export interface BudgetYearChange {
  year: number;
  /** Integer fen committed today in that year by the applications of this measure. */
  committedBefore: number;
  /** What those commitments would be under the edit: each approval shifted by its award's change, nothing once no longer eligible. */
  committedAfter: number;
  change: number;
}

export interface WhatIfReport {
  rows: WhatIfRow[];
  totals: { applications: number; before: number; after: number; change: number; flips: number; changed: number };
  budgetYears: BudgetYearChange[];
}

const amountOf = (amount: number | null): number => amount ?? 0;

/** Decides every application with both versions and adds up the differences, per application, in total and per budget year. */
export function whatIf(
  measure: string,
  published: CompiledPolicy,
  edited: CompiledPolicy,
  applications: StoredApplication[],
): WhatIfReport {
  const rows: WhatIfRow[] = [];
  const years = new Map<number, BudgetYearChange>();
  for (const app of applications) {
    const context = { asOf: app.asOf, history: app.history, scores: app.scores ?? [] };
    const before = published.evaluate(measure, app.data, context);
    const after = edited.evaluate(measure, app.data, context);
    const row: WhatIfRow = {
      id: app.id,
      status: app.status,
      asOf: app.asOf,
      before: { status: before.status, amount: before.award?.amount ?? null },
      after: { status: after.status, amount: after.award?.amount ?? null },
      change: amountOf(after.award?.amount ?? null) - amountOf(before.award?.amount ?? null),
      flips: (before.status === 'eligible') !== (after.status === 'eligible'),
    };
    rows.push(row);
    if (app.approvedAmount !== null && app.budgetYear !== null) {
      const year = years.get(app.budgetYear) ?? { year: app.budgetYear, committedBefore: 0, committedAfter: 0, change: 0 };
      // The approval committed the decided amount (less any policy-wide cut): shift it by the edit's change.
      const committedAfter = after.status === 'eligible' ? Math.max(0, app.approvedAmount + row.change) : 0;
      year.committedBefore += app.approvedAmount;
      year.committedAfter += committedAfter;
      year.change = year.committedAfter - year.committedBefore;
      years.set(app.budgetYear, year);
    }
  }
  const before = rows.reduce((sum, r) => sum + amountOf(r.before.amount), 0);
  const after = rows.reduce((sum, r) => sum + amountOf(r.after.amount), 0);
  return {
    rows,
    totals: {
      applications: rows.length,
      before,
      after,
      change: after - before,
      flips: rows.filter((r) => r.flips).length,
      changed: rows.filter((r) => r.change !== 0 || r.flips).length,
    },
    budgetYears: [...years.values()].sort((a, b) => a.year - b.year),
  };
}
