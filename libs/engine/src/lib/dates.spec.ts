import { addMonths, budgetYear, daysBetween, monthsBetween } from './dates';

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

describe('addMonths', () => {
  it('adds calendar months, clamping to the end of a shorter month, and goes back with a negative count', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2021-05-31', 48)).toBe('2025-05-31');
    expect(addMonths('2025-03-15', -6)).toBe('2024-09-15');
    expect(addMonths('2024-12-18', 24)).toBe('2026-12-18');
  });
});
