import type { ValueTransformer } from 'typeorm';

/**
 * Money columns are BIGINT (integer fen); PostgreSQL's driver returns them as strings, so they
 * are read back as numbers here. Amounts stay far below 2^53 fen (90 trillion yuan).
 */
export const fenTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null || value === undefined ? null : Number(value)),
};
