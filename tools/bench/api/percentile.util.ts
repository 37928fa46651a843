/**
 * The p-th percentile (0–100) of `sorted` (ascending) by the nearest-rank method: the smallest
 * value with at least p% of the values at or below it — always a value that was measured, never
 * an interpolation between two. NaN for an empty list.
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}
