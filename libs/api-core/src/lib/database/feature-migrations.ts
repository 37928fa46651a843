import type { MigrationInterface } from 'typeorm';

type MigrationClass = new () => MigrationInterface;

const registered: MigrationClass[] = [];

/**
 * Migrations that live beside their feature in another library (e.g. api-applications'
 * cofunding/), registered when that library is loaded, so api-core need not import it. They run
 * together with api-core's own in timestamp order (the class name ends with it): a feature's
 * migration that needs one of api-core's takes a later stamp (e.g. the application numbers' backfill).
 */
export function registerFeatureMigrations(...migrations: MigrationClass[]): void {
  for (const migration of migrations) if (!registered.includes(migration)) registered.push(migration);
}

const stamp = (m: MigrationClass) => Number(/(\d{13})$/.exec(m.name)?.[1] ?? 0);

/** The registered feature migrations, oldest first. */
export function featureMigrations(): MigrationClass[] {
  return [...registered].sort((a, b) => stamp(a) - stamp(b));
}
