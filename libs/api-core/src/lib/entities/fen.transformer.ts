import type { ValueTransformer } from 'typeorm';

/**
 * BIGINT columns read back as numbers: PostgreSQL's driver returns them as strings. Every such
 * column stays far below 2^53 (money: 90 trillion yuan in fen; sequence numbers).
 */
export const bigintTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null || value === undefined ? null : Number(value)),
};

/** Money columns: BIGINT integer fen. */
export const fenTransformer = bigintTransformer;
