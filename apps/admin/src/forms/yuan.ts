/**
 * Money as people type it (yuan, optional thousands separators and up to two decimals) and as
 * the platform stores it (integer fen). String arithmetic only: "0.1 + 0.2" never happens.
 */
const YUAN = /^(\d{1,13})(?:\.(\d{1,2}))?$/;

/** "1,234.5" → 123450; "" → undefined; anything else (letters, three decimals) → null. */
export function yuanTextToFen(text: string): number | null | undefined {
  const cleaned = text.replace(/[,，\s]/g, '').replace(/元$/, '');
  if (cleaned === '') return undefined;
  const match = YUAN.exec(cleaned);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** 123450 → "1234.5": what an input shows for a stored amount (no separators, so it edits cleanly). */
export function fenToYuanText(fen: number): string {
  const yuan = Math.floor(fen / 100);
  const cents = fen % 100;
  return cents === 0 ? String(yuan) : `${yuan}.${String(cents).padStart(2, '0').replace(/0$/, '')}`;
}
