import type { DataSourceOptions } from 'typeorm';
import type Database from 'better-sqlite3';
import type { DatabaseConfig } from '../config/api-config';
import { ApplicationEntity } from '../entities/application.entity';
import { ApiKeyEntity } from '../entities/api-key.entity';
import { AttachmentLinkEntity } from '../entities/attachment-link.entity';
import { AttachmentEntity } from '../entities/attachment.entity';
import { AuditEventEntity } from '../entities/audit-event.entity';
import { BudgetLedgerEntity } from '../entities/budget-ledger.entity';
import { LedgerEntryEntity } from '../entities/ledger-entry.entity';
import { OrganisationEntity } from '../entities/organisation.entity';
import { RefreshSessionEntity } from '../entities/refresh-session.entity';
import { ReviewAssignmentEntity } from '../entities/review-assignment.entity';
import { UserEntity } from '../entities/user.entity';
import { featureMigrations } from './feature-migrations';
import { MIGRATIONS } from './migrations';

/** Every entity of the API's database. */
export const ENTITIES = [
  ApplicationEntity,
  AuditEventEntity,
  OrganisationEntity,
  UserEntity,
  RefreshSessionEntity,
  ApiKeyEntity,
  AttachmentEntity,
  AttachmentLinkEntity,
  ReviewAssignmentEntity,
  BudgetLedgerEntity,
  LedgerEntryEntity,
];

/**
 * TypeORM options for the configured database. The schema always comes from the migrations
 * (run at start); `synchronize` stays off. SQLite runs in WAL mode with `synchronous=FULL`, so an
 * acknowledged commit is on disk, and waits up to 5 s for another process's lock.
 */
export function dataSourceOptions(config: DatabaseConfig): DataSourceOptions {
  const common = { entities: ENTITIES, migrations: [...MIGRATIONS, ...featureMigrations()], migrationsRun: true, synchronize: false, logging: false as const };
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
    // Per query runner; the request path's statements all stay prepared.
    statementCacheSize: 1000,
    prepareDatabase: (db: Database.Database) => {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
    },
  };
}
