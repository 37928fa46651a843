import { formatRate, moneyLabel } from './money';
import type { Label } from './types';

/** Joins bilingual fragments: each argument is a Label or a string used in both languages. */
export function say(...parts: Array<Label | string | number>): Label {
  let zh = '';
  let en = '';
  for (const part of parts) {
    if (typeof part === 'string' || typeof part === 'number') {
      zh += part;
      en += part;
    } else {
      zh += part['zh-CN'];
      en += part.en;
    }
  }
  return { 'zh-CN': zh, en };
}

/** A phrase in two languages. */
export function t(zh: string, en: string): Label {
  return { 'zh-CN': zh, en };
}

export const money = moneyLabel;

export function rate(basisPoints: number): Label {
  const text = formatRate(basisPoints);
  return { 'zh-CN': text, en: text };
}

/** A money field's label without its "（分）/ (fen)" suffix, for sentences that show yuan. */
export function withoutUnit(label: Label): Label {
  return { 'zh-CN': label['zh-CN'].replace(/（分）$/, ''), en: label.en.replace(/ \(fen\)$/, '') };
}
