/* eslint-disable @typescript-eslint/no-explicit-any -- response bodies are arbitrary JSON */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { type ApiConfig, type DatabaseConfig, parseTokens } from '@pioneer/api-core';
import { DataSource } from 'typeorm';
import { createApi } from '../../src/create-api';

/** An API over a real database, called through fastify's inject (the full HTTP stack, no socket). */
export interface Harness {
  app: NestFastifyApplication;
  call(method: string, url: string, options?: { token?: string | null; body?: unknown; payload?: string; headers?: Record<string, string>; remoteAddress?: string }): Promise<{ status: number; body: any; headers: Record<string, unknown>; text: string }>;
  close(): Promise<void>;
}

/** A fresh database for one suite, and how to drop it afterwards. */
export interface TestDatabase {
  config: DatabaseConfig;
  drop(): Promise<void>;
}

/** The environment that points an API process at a test database. */
export function databaseEnv(config: DatabaseConfig): Record<string, string> {
  return config.kind === 'postgres' ? { DATABASE_URL: config.url, DATABASE_SCHEMA: config.schema ?? '' } : { SQLITE_FILE: config.file, DATABASE_URL: '' };
}

/** A SQLite file in a new temporary folder. */
export function sqliteDatabase(): TestDatabase {
  const dir = mkdtempSync(path.join(tmpdir(), 'pioneer-api-'));
  return { config: { kind: 'sqlite', file: path.join(dir, 'test.sqlite') }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs one statement on the PostgreSQL database of `url`, outside any test schema. */
async function onServer(url: string, sql: string): Promise<void> {
  const server = new DataSource({ type: 'postgres', url });
  await server.initialize();
  try {
    await server.query(sql);
  } finally {
    await server.destroy();
  }
}

/** A new schema in the PostgreSQL database of TEST_DATABASE_URL, dropped with everything in it afterwards. */
export async function postgresDatabase(url: string): Promise<TestDatabase> {
  const schema = `pioneer_test_${randomBytes(6).toString('hex')}`;
  await onServer(url, `CREATE SCHEMA "${schema}"`);
  return { config: { kind: 'postgres', url, schema }, drop: () => onServer(url, `DROP SCHEMA IF EXISTS "${schema}" CASCADE`) };
}

export const TOKENS = {
  admin: 'admin-token-1',
  reviewer: 'reviewer-token-1',
  reviewer2: 'reviewer-token-2',
  reviewer3: 'reviewer-token-3',
  /** A reviewer who works for applicant A's organisation. */
  reviewerOfA: 'reviewer-token-of-a',
  approver: 'approver-token-1',
  applicantA: 'applicant-a-token',
  applicantB: 'applicant-b-token',
  district: 'district-key-token',
};

/** The access-token key of every test API (processes of one test share it, as a deployment's do). */
export const TEST_AUTH_SECRET = 'test-auth-secret-shared-by-every-test-api-process';

/** The submission instant of every test: 2025-06-01 in Shanghai, inside the policy's validity. */
export const NOW = '2025-06-01T02:00:00.000Z';
export const TODAY = '2025-06-01';

export function testConfig(database: DatabaseConfig, applicantA: string, applicantB: string, overrides: Partial<ApiConfig> = {}, district = 'nowhere'): ApiConfig {
  return {
    port: 0,
    host: '127.0.0.1',
    database,
    tokens: parseTokens({
      [TOKENS.admin]: { role: 'admin', subject: 'alice' },
      [TOKENS.reviewer]: { role: 'reviewer', subject: 'rita' },
      [TOKENS.reviewer2]: { role: 'reviewer', subject: 'rob' },
      [TOKENS.reviewer3]: { role: 'reviewer', subject: 'ruth' },
      [TOKENS.reviewerOfA]: { role: 'reviewer', subject: 'ray', affiliation: applicantA },
      [TOKENS.approver]: { role: 'approver', subject: 'april' },
      [TOKENS.applicantA]: { role: 'applicant', subject: 'org-a', applicantId: applicantA },
      [TOKENS.applicantB]: { role: 'applicant', subject: 'org-b', applicantId: applicantB },
      [TOKENS.district]: { role: 'district-officer', subject: 'district-key', district },
    }),
    demoTokens: false,
    bodyLimit: 1024 * 1024,
    timeZone: 'Asia/Shanghai',
    fixedNow: NOW,
    demo: false,
    corsOrigins: [],
    // Suites send thousands of requests from one token: limits get tests of their own.
    rateLimitPerMinute: 1_000_000,
    draftQuota: 10_000,
    exportMaxRows: 50_000,
    requestTimeoutMs: 30_000,
    idleTimeoutMs: 10_000,
    // Sign-in suites sign in many times from one address: the limit gets a test of its own.
    auth: { secret: TEST_AUTH_SECRET, demoSecret: false, accessTtlSeconds: 900, refreshTtlSeconds: 14 * 86_400, signInPerMinute: 1_000_000 },
    // configFromEnv's default: the database on PostgreSQL (replicas share it), a folder on SQLite.
    attachmentStore: database.kind === 'postgres' ? 'database' : 'files',
    attachmentsDir: mkdtempSync(path.join(tmpdir(), 'pioneer-attachments-')),
    attachmentMaxBytes: null,
    attachmentQuotaBytes: 2 * 1024 ** 3,
    // The suites' example forms cite placeholder files; the attachment suites verify references.
    verifyAttachmentReferences: false,
    // configFromEnv's defaults, but a quicker look for queued jobs (a POST also wakes its own process's worker).
    exportJobs: { workers: 1, pollMs: 200, staleMs: 60_000, keepMs: 7 * 86_400_000, perUser: 5 },
    ...overrides,
  };
}

export async function startApi(config: ApiConfig): Promise<Harness> {
  const app = await createApi(config, { logger: false });
  return {
    app,
    async call(method, url, options = {}) {
      const headers: Record<string, string> = { ...(options.headers ?? {}) };
      if (options.token !== null) headers.authorization = `Bearer ${options.token ?? TOKENS.admin}`;
      let payload = options.payload;
      if (options.body !== undefined) {
        payload = JSON.stringify(options.body);
        headers['content-type'] = 'application/json';
      }
      const response = await app.inject({ method: method as 'GET', url, headers, payload, remoteAddress: options.remoteAddress });
      let body: unknown;
      try {
        body = response.json();
      } catch {
        body = undefined;
      }
      return { status: response.statusCode, body, headers: response.headers, text: response.body };
    },
    close: () => app.close(),
  };
}
