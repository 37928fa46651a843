import type { DataSourceOptions } from 'typeorm';
import type Database from 'better-sqlite3';
import type { DatabaseConfig } from '../config/api-config';
import { ApplicationEntity } from '../entities/application.entity';
import { AttachmentLinkEntity } from '../entities/attachment-link.entity';
import { AttachmentEntity } from '../entities/attachment.entity';
import { AuditEventEntity } from '../entities/audit-event.entity';
import { MIGRATIONS } from './migrations';

/** Every entity of the API's database. */
export const ENTITIES = [ApplicationEntity, AuditEventEntity, AttachmentEntity, AttachmentLinkEntity];

/**
 * TypeORM options for the configured database. The schema always comes from the migrations
 * (run at start); `synchronize` stays off. SQLite runs in WAL mode with `synchronous=FULL`, so an
 * acknowledged commit is on disk, and waits up to 5 s for another process's lock.
 */
export function dataSourceOptions(config: DatabaseConfig): DataSourceOptions {
  const common = { entities: ENTITIES, migrations: MIGRATIONS, migrationsRun: true, synchronize: false, logging: false as const };
  if (config.kind === 'postgres') {
    return {
      ...common,
      type: 'postgres',
      url: config.url,
      schema: config.schema,
      // Unqualified names in migrations land in the chosen schema too.
      extra: config.schema ? { options: `-c search_path=${config.schema}` } : undefined,
    };
  }
  return {
    ...common,
    type: 'better-sqlite3',
    database: config.file,
    timeout: 5000,
    prepareDatabase: (db: Database.Database) => {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
    },
  };
}
