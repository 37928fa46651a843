import type { EntityManager, QueryRunner } from 'typeorm';
import { inlineParameters } from './inline-parameters.util';

/** What `commitWith` needs of node-postgres's client. */
interface PgClient {
  query(text: string): Promise<unknown>;
  escapeLiteral(value: string): string;
}

/**
 * PostgreSQL, as the last statement of a `DatabaseService.write`: runs `text` and the
 * transaction's COMMIT in one round trip, and answers the statement's rows. Locks a contended
 * statement takes (the audit chain, a budget's row) are then held for that statement and the
 * commit inside the database, never while its answer waits on this process's busy event loop and
 * a COMMIT comes back. One round trip needs the simple query protocol, which takes no parameters:
 * `values` are written into the text as literals by the driver's own quoting
 * (`inlineParameters`). If the statement fails, the COMMIT is not run and the write rolls back as
 * usual. Nothing may follow it in the write.
 */
export async function commitWith(manager: EntityManager, text: string, values: readonly unknown[]): Promise<Array<Record<string, unknown>>> {
  const runner = manager.queryRunner as (QueryRunner & { isTransactionActive: boolean; transactionDepth: number }) | undefined;
  if (manager.connection.options.type !== 'postgres' || !runner?.isTransactionActive) throw new Error('commitWith: only inside a PostgreSQL write');
  const client = (await runner.connect()) as PgClient;
  const results = (await client.query(`${inlineParameters(text, values, (value) => client.escapeLiteral(value))}; COMMIT`)) as Array<{
    rows: Array<Record<string, unknown>>;
  }>;
  // The transaction is over: the write must neither commit nor roll it back again.
  runner.isTransactionActive = false;
  runner.transactionDepth = 0;
  return results[0].rows;
}
