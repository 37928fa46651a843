/**
 * Money as people type it, read into integer fen. Chinese applicants write "3000万", "3,000万元",
 * "１２３４．５" (full-width, from an IME) or "1.5亿"; string arithmetic only, so "0.1 + 0.2"
 * never happens. Shared by the backoffice, the portal and the embeddable forms so an amount means
 * the same everywhere.
 */

/** Why an amount could not be read: each becomes its own message, never a bare "format incorrect". */
export type MoneyInputProblem = 'not-a-number' | 'too-many-decimals' | 'negative' | 'too-large';

export type MoneyInputResult =
  | { ok: true; fen: number | undefined }
  | { ok: false; problem: MoneyInputProblem };

/** How many fen one unit of each written multiplier is. */
const MULTIPLIER_FEN: Record<string, bigint> = { '': 100n, 万: 1_000_000n, 亿: 10_000_000_000n };
const AMOUNT = /^(-?)(\d+)(?:\.(\d+))?(万|亿)?元?$/;

/** Full-width digits and punctuation (U+FF10…) as their ASCII forms; ideographic space removed. */
function halfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/**
 * "3000万" → 3_000_000_000 fen; "1,234.5" → 123_450; "" → undefined (nothing typed). Decimals are
 * allowed down to the fen (two places for 元, six for 万元, ten for 亿元).
 */
export function parseMoneyInput(text: string): MoneyInputResult {
  const cleaned = halfWidth(text).replace(/[,，\s]/g, '').replace(/^[¥￥]/, '');
  if (cleaned === '') return { ok: true, fen: undefined };
  const match = AMOUNT.exec(cleaned);
  if (!match) return { ok: false, problem: 'not-a-number' };
  const [, minus, whole, decimals = '', unit = ''] = match;
  if (minus) return { ok: false, problem: 'negative' };
  const perUnit = MULTIPLIER_FEN[unit];
  const places = perUnit.toString().length - 1;
  if (decimals.replace(/0+$/, '').length > places) return { ok: false, problem: 'too-many-decimals' };
  const fen = BigInt(whole) * perUnit + BigInt(decimals.padEnd(places, '0').slice(0, places) || '0');
  if (fen > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, problem: 'too-large' };
  return { ok: true, fen: Number(fen) };
}

/** What to tell the person, in both languages, and what to do next. */
export const MONEY_INPUT_MESSAGES: Record<MoneyInputProblem, { 'zh-CN': string; en: string }> = {
  'not-a-number': {
    'zh-CN': '请输入金额，例如 3000万 或 30,000,000（单位：元）',
    en: 'Enter an amount, e.g. 3000万 or 30,000,000 (in yuan)',
  },
  'too-many-decimals': { 'zh-CN': '金额最多精确到分（小数点后两位，按元计）', en: 'An amount is exact to the fen at most (two decimals in yuan)' },
  negative: { 'zh-CN': '金额不能为负数', en: 'An amount cannot be negative' },
  'too-large': { 'zh-CN': '金额过大，请检查位数', en: 'The amount is too large; check the number of digits' },
};
