/**
 * Exact money arithmetic on integer fen. Rates are integer basis points (1 bp = 0.01%), so a
 * share of a base is an integer division with a declared rounding, never a float product.
 */

export type RoundingMode = 'floor' | 'ceil' | 'half-up' | 'half-even';
export type RoundingUnit = 'fen' | 'yuan' | 'hundred-yuan' | 'thousand-yuan' | 'ten-thousand-yuan';

export interface Rounding {
  mode: RoundingMode;
  unit: RoundingUnit;
}

/** Fen in one unit of rounding. */
export const UNIT_FEN: Record<RoundingUnit, number> = {
  fen: 1,
  yuan: 100,
  'hundred-yuan': 10_000,
  'thousand-yuan': 100_000,
  'ten-thousand-yuan': 1_000_000,
};

export const BASIS_POINTS = 10_000;

/** Divides two non-negative bigints with the given rounding. */
export function roundDivide(numerator: bigint, denominator: bigint, mode: RoundingMode): bigint {
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  if (remainder === 0n) return quotient;
  switch (mode) {
    case 'floor':
      return quotient;
    case 'ceil':
      return quotient + 1n;
    case 'half-up':
      return remainder * 2n >= denominator ? quotient + 1n : quotient;
    case 'half-even': {
      const twice = remainder * 2n;
      if (twice > denominator) return quotient + 1n;
      if (twice < denominator) return quotient;
      return quotient % 2n === 0n ? quotient : quotient + 1n;
    }
  }
}

/**
 * `fen × basisPoints / 10000`, rounded to the unit with the mode. Works in bigint, so a base of
 * any size stays exact; the result is a safe integer of fen for every amount the schemas allow.
 */
export function shareOf(fen: number, basisPoints: number, rounding: Rounding): number {
  const unit = BigInt(UNIT_FEN[rounding.unit]);
  const units = roundDivide(BigInt(fen) * BigInt(basisPoints), BigInt(BASIS_POINTS) * unit, rounding.mode);
  return Number(units * unit);
}

/** Rounds an amount of fen to the unit with the mode. */
export function roundFen(fen: number, rounding: Rounding): number {
  return shareOf(fen, BASIS_POINTS, rounding);
}

/** Parses a rate written as a percentage ("50%", "12.5%", "0.01%") into basis points, or null. */
export function parseRate(text: unknown): number | null {
  if (typeof text !== 'string') return null;
  const match = /^(\d{1,5})(?:\.(\d{1,2}))?%$/.exec(text);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** Formats basis points as a percentage: 5000 → "50%", 1250 → "12.5%". */
export function formatRate(basisPoints: number): string {
  const whole = Math.floor(basisPoints / 100);
  const rest = basisPoints % 100;
  return rest === 0 ? `${whole}%` : `${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}%`;
}

/** Formats fen as yuan with thousands separators: 123456789 → "1,234,567.89 元" style digits. */
export function formatYuan(fen: number): string {
  const negative = fen < 0;
  const abs = Math.abs(fen);
  const yuan = groupThousands(Math.floor(abs / 100));
  const cents = abs % 100;
  return `${negative ? '-' : ''}${yuan}${cents ? '.' + String(cents).padStart(2, '0') : ''}`;
}

/** Money in both languages: "1,000万元" / "10,000,000 yuan" style, as Chinese readers expect 万元. */
export function moneyLabel(fen: number): { 'zh-CN': string; en: string } {
  const wan = fen / 1_000_000;
  const zh = fen % 1_000_000 === 0 && fen !== 0 ? `${groupThousands(wan)}万元` : `${formatYuan(fen)}元`;
  return { 'zh-CN': zh, en: `${formatYuan(fen)} yuan` };
}

/** 1234567 → "1,234,567" (by hand: toLocaleString is slow and locale-dependent). */
export function groupThousands(value: number): string {
  const digits = String(value);
  let out = '';
  for (let end = digits.length; end > 0; end -= 3) out = (end > 3 ? ',' : '') + digits.slice(Math.max(0, end - 3), end) + out;
  return out;
}
