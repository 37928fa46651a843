import { moneyLabel, type MoneyRange } from '@pioneer/engine';
import { useLang } from './i18n/useLang';

/** An amount in fen as people read it: 1,000万元 / 10,000,000 yuan. */
export function Money({ fen }: { fen: number }) {
  const { lang } = useLang();
  return <span className="money">{moneyLabel(fen)[lang]}</span>;
}

/** A range of fen: one amount when both ends agree. */
export function MoneyRangeText({ range }: { range: MoneyRange }) {
  const { lang } = useLang();
  if (range.min === range.max) return <Money fen={range.min} />;
  return (
    <span className="money">
      {moneyLabel(range.min)[lang]} – {moneyLabel(range.max)[lang]}
    </span>
  );
}
