import { POLICY_BUNDLES } from '@pioneer/contracts';
import type { PolicyInfo } from '@pioneer/engine';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { applicationNumberPrefix, formatApplicationNumber, numberScope } from './application-number.util';
import { drawNumber } from './draw-number';

/**
 * Numbers the applications created before numbering (api-core's ApplicationNumbers migration
 * added the column), oldest first, with each policy's prefix and the year each was created, from
 * the same counters new applications draw from (`drawNumber`). Lives here because only this library knows the
 * policies' prefixes.
 */
export class ApplicationNumbersBackfill1765600000001 implements MigrationInterface {
  name = 'ApplicationNumbersBackfill1765600000001';

  async up(runner: QueryRunner): Promise<void> {
    const postgres = runner.connection.options.type === 'postgres';
    const sql = (text: string) => (postgres ? text : text.replace(/\$\d+/g, '?'));
    // The year of creation where people live (PIONEER_TIME_ZONE, as the API's clock reads it).
    const year = new Intl.DateTimeFormat('en-CA', { timeZone: process.env.PIONEER_TIME_ZONE || 'Asia/Shanghai', year: 'numeric' });
    const prefixes = new Map(POLICY_BUNDLES.map(({ code, bundle }) => [code, applicationNumberPrefix(bundle.policy.json as unknown as PolicyInfo)]));
    const rows: Array<{ id: string; policy: string; created_at: string }> = await runner.query(
      'SELECT "id", "policy", "created_at" FROM "applications" WHERE "number" IS NULL ORDER BY "created_at", "id"',
    );
    for (const row of rows) {
      // A policy no longer carried keeps a number too: the prefix its code would have.
      const prefix = prefixes.get(row.policy) ?? applicationNumberPrefix({ code: row.policy });
      const scope = numberScope(prefix, year.format(new Date(row.created_at)));
      const last = await drawNumber((text, parameters) => runner.query(sql(text), parameters), runner.connection, scope);
      await runner.query(sql('UPDATE "applications" SET "number" = $1 WHERE "id" = $2'), [formatApplicationNumber(scope, last), row.id]);
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('UPDATE "applications" SET "number" = NULL');
    await runner.query('DELETE FROM "application_number_counters"');
  }
}
