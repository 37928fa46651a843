import { groupThousands, moneyLabel, type Lang } from '@pioneer/engine';

/** Fen as the chart's axis unit, 万元 (10,000 yuan): a coordinate to draw, never money to keep. */
export const toWan = (fen: number): number => fen / 1_000_000;

/** The exact amount for a tooltip, from the axis value back to fen. */
export const wanLabel =
  (lang: Lang) =>
  (wan: number | null): string =>
    wan === null ? '—' : moneyLabel(Math.round(wan * 1_000_000))[lang];

/** A value axis's number as both languages write it: 12,000 (thousands separators), 0.5. */
export const axisNumber = (value: number): string => (Number.isInteger(value) && value >= 0 ? groupThousands(value) : String(value));
