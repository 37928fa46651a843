import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organisations and people: the organisation registry, users, refresh-token sessions and API
 * keys, with an index for every query the sign-in path and the admin screens make. Same SQL on
 * both databases but the id type (uuid on PostgreSQL, text on SQLite) and JSON (jsonb/text).
 */
export class Identity1765000000000 implements MigrationInterface {
  name = 'Identity1765000000000';

  async up(runner: QueryRunner): Promise<void> {
    const uuid = runner.connection.options.type === 'postgres' ? 'uuid' : 'varchar(36)';
    await runner.query(`CREATE TABLE "organisations" (
      "id" ${uuid} NOT NULL PRIMARY KEY,
      "credit_code" varchar(18) NOT NULL,
      "name" varchar(200) NOT NULL,
      "kind" varchar(32) NOT NULL,
      "district" varchar(64) NOT NULL,
      "registered_on" varchar(10) NOT NULL,
      "contact" jsonb,
      "created_at" varchar(24) NOT NULL,
      "updated_at" varchar(24) NOT NULL
    )`);
    await runner.query(`CREATE UNIQUE INDEX "ux_organisations_credit_code" ON "organisations" ("credit_code")`);
    await runner.query(`CREATE INDEX "ix_organisations_district_created" ON "organisations" ("district", "created_at")`);
    await runner.query(`CREATE INDEX "ix_organisations_created" ON "organisations" ("created_at")`);
    await runner.query(`CREATE TABLE "users" (
      "id" ${uuid} NOT NULL PRIMARY KEY,
      "username" varchar(64) NOT NULL,
      "display_name" varchar(100) NOT NULL,
      "role" varchar(32) NOT NULL,
      "password_hash" varchar(200) NOT NULL,
      "organisation_id" ${uuid} REFERENCES "organisations" ("id"),
      "district" varchar(64),
      "active" boolean NOT NULL,
      "created_at" varchar(24) NOT NULL,
      "updated_at" varchar(24) NOT NULL,
      CHECK ("role" <> 'applicant' OR "organisation_id" IS NOT NULL),
      CHECK ("role" <> 'district-officer' OR "district" IS NOT NULL)
    )`);
    await runner.query(`CREATE UNIQUE INDEX "ux_users_username" ON "users" ("username")`);
    await runner.query(`CREATE INDEX "ix_users_organisation" ON "users" ("organisation_id")`);
    await runner.query(`CREATE INDEX "ix_users_role_created" ON "users" ("role", "created_at")`);
    await runner.query(`CREATE INDEX "ix_users_created" ON "users" ("created_at")`);
    await runner.query(`CREATE TABLE "refresh_sessions" (
      "id" ${uuid} NOT NULL PRIMARY KEY,
      "family_id" ${uuid} NOT NULL,
      "user_id" ${uuid} NOT NULL REFERENCES "users" ("id"),
      "token_hash" varchar(64) NOT NULL,
      "expires_at" varchar(24) NOT NULL,
      "revoked_at" varchar(24),
      "created_at" varchar(24) NOT NULL
    )`);
    await runner.query(`CREATE UNIQUE INDEX "ux_refresh_sessions_token_hash" ON "refresh_sessions" ("token_hash")`);
    await runner.query(`CREATE INDEX "ix_refresh_sessions_family" ON "refresh_sessions" ("family_id", "revoked_at")`);
    await runner.query(`CREATE INDEX "ix_refresh_sessions_user" ON "refresh_sessions" ("user_id", "revoked_at")`);
    await runner.query(`CREATE TABLE "api_keys" (
      "id" ${uuid} NOT NULL PRIMARY KEY,
      "name" varchar(100) NOT NULL,
      "prefix" varchar(16) NOT NULL,
      "key_hash" varchar(64) NOT NULL,
      "district" varchar(64) NOT NULL,
      "created_by" varchar(200) NOT NULL,
      "created_at" varchar(24) NOT NULL,
      "revoked_at" varchar(24)
    )`);
    await runner.query(`CREATE UNIQUE INDEX "ux_api_keys_key_hash" ON "api_keys" ("key_hash")`);
    await runner.query(`CREATE INDEX "ix_api_keys_created" ON "api_keys" ("created_at")`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE "api_keys"`);
    await runner.query(`DROP TABLE "refresh_sessions"`);
    await runner.query(`DROP TABLE "users"`);
    await runner.query(`DROP TABLE "organisations"`);
  }
}
