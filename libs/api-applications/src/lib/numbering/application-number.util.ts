import type { PolicyInfo } from '@pioneer/engine';

/** How many digits the counter part of a number has at least (SZAI-2025-000123). */
export const COUNTER_DIGITS = 6;

/**
 * The prefix of a policy's application numbers: its file's `applicationNumberPrefix`, else the
 * initials of its code's segments (`shenzhen-ai-2024` → `SA2`), so a new policy numbers its
 * applications before anyone chooses a prefix.
 */
export function applicationNumberPrefix(info: Pick<PolicyInfo, 'code' | 'applicationNumberPrefix'>): string {
  return info.applicationNumberPrefix ?? info.code.split('-').map((segment) => segment[0].toUpperCase()).join('');
}

/** The counter a number is drawn from: one per prefix and year, so each year starts at 000001. */
export const numberScope = (prefix: string, year: string): string => `${prefix}-${year}`;

/** `SZAI`, `2025`, 123 → `SZAI-2025-000123`. */
export const formatApplicationNumber = (scope: string, counter: number): string => `${scope}-${String(counter).padStart(COUNTER_DIGITS, '0')}`;

/**
 * One statement that bumps a scope's counter (creating it at 1) and returns the new value: the
 * row lock it takes on PostgreSQL queues concurrent creators in other processes until commit.
 */
export const NEXT_NUMBER_SQL =
  'INSERT INTO "application_number_counters" ("scope", "last") VALUES ($1, 1) ON CONFLICT ("scope") DO UPDATE SET "last" = "application_number_counters"."last" + 1 RETURNING "last"';
