import { budgetAmount } from './budget-amount';

describe('budgetAmount', () => {
  const budget = { annualAmount: 3_000_000_000, yearAmounts: { '2025': 1_500_000_000 } };

  it("is a year's own amount where the policy names one, the annual amount in every other year", () => {
    expect(budgetAmount(budget, 2025)).toBe(1_500_000_000);
    expect(budgetAmount(budget, 2026)).toBe(3_000_000_000);
    expect(budgetAmount({ annualAmount: 7 }, 2025)).toBe(7);
  });
});
