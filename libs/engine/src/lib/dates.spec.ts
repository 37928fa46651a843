import { budgetYear, daysBetween, monthsBetween } from './dates';

describe('calendar dates', () => {
  it('counts whole months', () => {
    expect(monthsBetween('2024-05-20', '2025-06-01')).toBe(12);
    expect(monthsBetween('2024-05-20', '2025-05-19')).toBe(11);
    expect(monthsBetween('2024-05-20', '2025-05-20')).toBe(12);
    expect(monthsBetween('2024-01-31', '2024-02-29')).toBe(0);
    expect(monthsBetween('2025-06-01', '2024-05-20')).toBe(-12);
  });

  it('counts days across a leap year, and gives the budget year', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(budgetYear('2025-12-31')).toBe(2025);
  });
});
