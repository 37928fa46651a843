import { parseMoneyInput } from '@pioneer/engine';

/**
 * Money as people type it and as the platform stores it (integer fen). The reading is the
 * engine's `parseMoneyInput` ("3000万", "1.5亿", full-width digits), so an amount typed in the
 * backoffice, the portal or an embedded form means the same everywhere.
 */

/** "1,234.5" → 123450; "3000万" → 3_000_000_000; "" → undefined; anything unreadable → null. */
export function yuanTextToFen(text: string): number | null | undefined {
  const read = parseMoneyInput(text);
  return read.ok ? read.fen : null;
}

/** 123450 → "1234.5": what an input shows for a stored amount (no separators, so it edits cleanly). */
export function fenToYuanText(fen: number): string {
  const yuan = Math.floor(fen / 100);
  const cents = fen % 100;
  return cents === 0 ? String(yuan) : `${yuan}.${String(cents).padStart(2, '0').replace(/0$/, '')}`;
}
