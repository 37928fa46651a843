import type { Lang } from '@pioneer/engine';

const DIGITS = '零一二三四五六七八九';

/** 1–99 in Chinese numerals, as policy texts number their clauses (十五, 二十一). */
function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

/**
 * A measure's clause as readers cite it: 第五条 / Clause 5. The schema's clause is an identifier
 * (`5-benchmark`, `14b`: the number, then what tells sub-measures apart); readers need the number
 * of the policy text's clause. An identifier without a leading number is shown as it is.
 */
export function clauseLabel(clause: string, lang: Lang): string {
  const number = /^(\d{1,2})(?!\d)/.exec(clause)?.[1];
  if (!number) return clause;
  return lang === 'en' ? `Clause ${Number(number)}` : `第${chineseNumber(Number(number))}条`;
}
