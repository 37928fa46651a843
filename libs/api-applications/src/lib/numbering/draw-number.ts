import type { DataSource } from 'typeorm';
import { COUNTER_DIGITS, NEXT_NUMBER_SQL } from './application-number.util';

/** Runs one statement ($n placeholders) on the caller's transaction (a manager or a migration's runner). */
type Query = (sql: string, parameters: unknown[]) => Promise<Array<Record<string, unknown>>>;

/**
 * Sequences seen to exist, per database connection (a test process opens many schemas, each with
 * its own data source): each is checked, and made, once per scope and data source.
 */
const seen = new WeakMap<DataSource, Set<string>>();
const known = (dataSource: DataSource): Set<string> => {
  let names = seen.get(dataSource);
  if (!names) seen.set(dataSource, (names = new Set()));
  return names;
};

/** `SZAI-2025` → `application_number_szai_2025`: a plain identifier, so no quoting is needed anywhere. */
export const sequenceName = (scope: string): string => `application_number_${scope.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`;

/**
 * Draws the next counter value of a number scope inside the caller's write.
 *
 * SQLite bumps a row of `application_number_counters`: writes are serialised, and a create that
 * fails takes its number back (no gaps). PostgreSQL draws from a sequence per scope instead: a
 * counter row's lock would be held to each create's commit, so every create in every process
 * would queue on it (measured: create-draft fell from 0.77× to 0.53× the bare server). A
 * sequence never waits; the price is that a create failing after its draw leaves a gap.
 */
export async function drawNumber(query: Query, dataSource: DataSource, scope: string): Promise<number> {
  if (dataSource.options.type !== 'postgres') {
    const [row] = await query(NEXT_NUMBER_SQL, [scope]);
    return Number(row.last);
  }
  const name = sequenceName(scope);
  // Creates call numberSequenceReady first, outside their transaction; a migration holds one
  // connection of the pool only, so making the sequence on another here cannot starve it.
  if (!known(dataSource).has(name)) await ensureSequence(dataSource, name, scope);
  const [row] = await query('SELECT nextval($1::regclass) AS "last"', [name]);
  return Number(row.last);
}

/**
 * PostgreSQL: the number itself, drawn from the scope's sequence by the statement that stores it
 * (no round trip of its own), in formatApplicationNumber's form; `scope` and `sequence` are
 * placeholders of the scope and of `sequenceName(scope)`.
 */
export const drawnNumberSql = (scope: string, sequence: string): string =>
  `(SELECT ${scope} || '-' || CASE WHEN n.v < ${10 ** COUNTER_DIGITS} THEN lpad(n.v::text, ${COUNTER_DIGITS}, '0') ELSE n.v::text END FROM (SELECT nextval(${sequence}::regclass) AS v) n)`;

/**
 * PostgreSQL: makes sure the scope's sequence exists before a create opens its transaction (made
 * inside it, a burst of first creates would hold every pooled connection while each waits for
 * one more to make the sequence). SQLite: nothing to do.
 */
export async function numberSequenceReady(dataSource: DataSource, scope: string): Promise<void> {
  const name = sequenceName(scope);
  if (dataSource.options.type === 'postgres' && !known(dataSource).has(name)) await ensureSequence(dataSource, name, scope);
}

/**
 * Makes a scope's sequence, outside the caller's transaction (two processes may race to make it:
 * the loser's error must not abort a create), starting after the scope's counter row — where
 * numbers drawn before sequences, and by SQLite-era backfills, stopped.
 */
async function ensureSequence(dataSource: DataSource, name: string, scope: string): Promise<void> {
  const [found] = (await dataSource.query('SELECT to_regclass($1) AS "sequence"', [name])) as Array<{ sequence: string | null }>;
  if (!found.sequence) {
    const [counter] = (await dataSource.query('SELECT "last" FROM "application_number_counters" WHERE "scope" = $1', [scope])) as Array<{ last: number }>;
    const start = Number(counter?.last ?? 0) + 1;
    try {
      await dataSource.query(`CREATE SEQUENCE IF NOT EXISTS ${name} START WITH ${start} MINVALUE 1`);
    } catch (error) {
      // Another process made it between the check and here (PostgreSQL reports the race as a
      // duplicate catalogue row): it exists now, which is all this needed.
      if ((error as { code?: string }).code !== '23505') throw error;
    }
  }
  known(dataSource).add(name);
}
