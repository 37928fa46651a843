// Importing the lib registers the store's migration (registerFeatureMigrations) before dataSourceOptions.
import { DatabaseAttachmentStorage } from '@pioneer/api-attachments';
import { DatabaseService, dataSourceOptions } from '@pioneer/api-core';
import { DataSource } from 'typeorm';
import type { TestDatabase } from './api-harness';
import type { StoreUnderTest } from './attachment-storage-contract';

/** A migrated test database with the database attachment store on it, and looks at its tables. */
export interface DatabaseStoreFixture extends StoreUnderTest {
  storage: DatabaseAttachmentStorage;
  db: DatabaseService;
  source: DataSource;
  count(sql: string): Promise<number>;
}

export async function databaseStoreOn(database: TestDatabase, now?: () => number): Promise<DatabaseStoreFixture> {
  const source = new DataSource(dataSourceOptions(database.config));
  await source.initialize();
  const db = new DatabaseService(source);
  const count = async (sql: string) => Number(((await db.read((m) => m.query(sql))) as Array<{ n: number | string }>)[0].n);
  return {
    storage: new DatabaseAttachmentStorage(db, now),
    db,
    source,
    count,
    kept: async () => ({
      contents: await count('SELECT COUNT(*) AS n FROM "attachment_contents"'),
      chunks: await count('SELECT COUNT(*) AS n FROM "attachment_chunks"'),
    }),
    written: () =>
      count('SELECT COALESCE(SUM(LENGTH(c."data")), 0) AS n FROM "attachment_chunks" c JOIN "attachment_contents" h ON h."storage_key" = c."storage_key" WHERE h."completed_at" IS NULL'),
    close: async () => {
      await source.destroy();
      await database.drop();
    },
  };
}
