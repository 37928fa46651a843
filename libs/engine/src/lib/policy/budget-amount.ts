import type { Budget } from './policy.types';

/** A budget's amount in a budget year (integer fen): the year's own when the policy names one, else the annual amount. */
export function budgetAmount(budget: Pick<Budget, 'annualAmount' | 'yearAmounts'>, year: number): number {
  return budget.yearAmounts?.[String(year)] ?? budget.annualAmount;
}
