import { moneyLabel, type Lang } from '@pioneer/engine';

/** Fen as the chart's axis unit, 万元 (10,000 yuan): a coordinate to draw, never money to keep. */
export const toWan = (fen: number): number => fen / 1_000_000;

/** The exact amount for a tooltip, from the axis value back to fen. */
export const wanLabel =
  (lang: Lang) =>
  (wan: number | null): string =>
    wan === null ? '—' : moneyLabel(Math.round(wan * 1_000_000))[lang];
