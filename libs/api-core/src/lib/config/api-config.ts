import { createHash } from 'node:crypto';
import path from 'node:path';
import { isValidUscc } from '@pioneer/engine';
import { ROLES, type Principal, type Role } from '../auth/principal.types';

/** Where the data lives: an embedded SQLite file (the default) or a PostgreSQL database. */
export type DatabaseConfig = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; schema?: string };

/**
 * Where attachment content lives: `files`, a folder on the API's host (PIONEER_ATTACHMENTS_DIR),
 * or `database`, the API's own database, which every API process of a deployment shares.
 */
export type AttachmentStoreKind = 'files' | 'database';

/** Everything the API reads from its environment, parsed and checked once at start. */
export interface ApiConfig {
  port: number;
  host: string;
  database: DatabaseConfig;
  /** Bearer token → the principal it stands for. */
  tokens: ReadonlyMap<string, Principal>;
  /** True when the demo tokens are in use because PIONEER_TOKENS is not set. */
  demoTokens: boolean;
  /** Largest accepted request body, in bytes. */
  bodyLimit: number;
  /** Submission dates (which parameter version applies) are days in this time zone. */
  timeZone: string;
  /** A fixed "now" (ISO timestamp) for demos and tests; unset in production. */
  fixedNow?: string;
  /** Seed demo applications on start when the database has none. */
  demo: boolean;
  /** Browser origins allowed to call the API (CORS), e.g. a district portal; none by default. */
  corsOrigins: string[];
  /** Requests one principal (token, else client address) may make per minute, per API process. */
  rateLimitPerMinute: number;
  /** Drafts one organisation may hold at once. */
  draftQuota: number;
  /** Rows one export may hold; a larger one is refused up front, saying how to narrow it. */
  exportMaxRows: number;
  /** A request must arrive whole within this many ms; an idle connection is closed after `idleTimeoutMs`. */
  requestTimeoutMs: number;
  idleTimeoutMs: number;
  /**
   * Which store keeps attachment content (PIONEER_ATTACHMENT_STORE): `database` by default on
   * PostgreSQL, the deployment that runs several API processes; `files` on SQLite, one host.
   */
  attachmentStore: AttachmentStoreKind;
  /** Where uploaded attachments are stored by the `files` store (the folder's root). */
  attachmentsDir: string;
  /**
   * The operator's cap on one upload, in bytes, under the limits the schemas declare (the
   * smaller wins); null leaves the schemas' limits alone.
   */
  attachmentMaxBytes: number | null;
  /** Bytes of uploads one organisation may hold (a full store is refused with 409, not a full disk). */
  attachmentQuotaBytes: number;
  /**
   * Whether a submission's attachment references must be this organisation's uploads with the
   * recorded checksum and size (else 400). Off only for the demo, whose example forms cite
   * placeholder files; references that do match are recorded either way.
   */
  verifyAttachmentReferences: boolean;
  /** Signed sign-in tokens (see AuthConfig). */
  auth: AuthConfig;
  /** Exports run as background jobs by every API process (see ExportJobsConfig). */
  exportJobs: ExportJobsConfig;
}

/** How this process takes part in running export jobs, which every API process on the database shares. */
export interface ExportJobsConfig {
  /** Jobs this process runs at once (PIONEER_EXPORT_WORKERS, 1); 0: it runs none, others do. */
  workers: number;
  /** How often an idle worker looks for a queued job, in ms (PIONEER_EXPORT_POLL_MS, 2,000). */
  pollMs: number;
  /**
   * A running job whose worker has not written for this long is taken over by another, in ms
   * (PIONEER_EXPORT_STALE_MS, 60,000): its process died. Workers write at least every third of it.
   */
  staleMs: number;
  /** How long a finished file is kept for downloading again, in ms (PIONEER_EXPORT_KEEP_DAYS, 7 days). */
  keepMs: number;
  /** Queued and running jobs one user may have at once (PIONEER_EXPORT_JOBS_PER_USER, 5). */
  perUser: number;
}

/** How people sign in: the key that signs access tokens, token lifetimes, the sign-in rate limit. */
export interface AuthConfig {
  /**
   * HMAC-SHA256 key of access tokens (PIONEER_AUTH_SECRET, 32+ characters). Every API process
   * of one deployment must share it, so a token signed by one is accepted by the others.
   */
  secret: string;
  /** Whether `secret` is the public demo secret (PIONEER_DEMO=1 without PIONEER_AUTH_SECRET). */
  demoSecret: boolean;
  /** Lifetime of an access token, in seconds (short: a stolen one soon stops working). */
  accessTtlSeconds: number;
  /** Lifetime of a refresh token, in seconds; each refresh replaces it with a new one. */
  refreshTtlSeconds: number;
  /** Sign-in and registration attempts per minute per client address, per API process. */
  signInPerMinute: number;
}

/** A configuration mistake: the message says which variable and how to fix it. */
export class ConfigError extends Error {}

/** The demo applicant's organisation (the compute-voucher example's applicant). */
export const DEMO_APPLICANT_ID = '91440300MA5F00001A';

/** Used only when the demo is asked for (PIONEER_DEMO=1, as `npm start` does) and PIONEER_TOKENS is unset. */
export const DEMO_TOKENS: Readonly<Record<string, TokenSpec>> = {
  'admin-demo': { role: 'admin', subject: 'admin-demo' },
  'reviewer-demo': { role: 'reviewer', subject: 'reviewer-demo' },
  // Rubric measures need three reviewers' scores: the demo has three reviewers to show it.
  'reviewer-demo-2': { role: 'reviewer', subject: 'reviewer-demo-2' },
  'reviewer-demo-3': { role: 'reviewer', subject: 'reviewer-demo-3' },
  'approver-demo': { role: 'approver', subject: 'approver-demo' },
  'district-demo': { role: 'district-officer', subject: 'district-demo', district: 'nanshan' },
  'applicant-demo': { role: 'applicant', subject: 'applicant-demo', applicantId: DEMO_APPLICANT_ID },
};

/**
 * The access-token key used only with PIONEER_DEMO=1 when PIONEER_AUTH_SECRET is unset. It is
 * public (it is in this file): anyone can sign tokens with it, so it is refused in production.
 */
export const DEMO_AUTH_SECRET = 'pioneer-demo-auth-secret--public--never-in-production';

/** One entry of PIONEER_TOKENS: a role name, or the principal's fields. */
export type TokenSpec = Role | { role: Role; subject?: string; applicantId?: string; district?: string; affiliation?: string };

/** A token's public name: the first 8 hex digits of its SHA-256 (no character of the token itself). */
export const tokenFingerprint = (token: string): string => `token-${createHash('sha256').update(token).digest('hex').slice(0, 8)}`;

/** Checks a token table (PIONEER_TOKENS) and returns token → principal. */
export function parseTokens(table: Record<string, unknown>): Map<string, Principal> {
  const tokens = new Map<string, Principal>();
  for (const [index, [token, raw]] of Object.entries(table).entries()) {
    // Never any part of a secret in a message or a name: entries are named by position, and a
    // principal without a subject by a fingerprint of the token's hash.
    const where = `PIONEER_TOKENS entry ${index + 1}`;
    if (token.length < 8) throw new ConfigError(`${where}: a token needs at least 8 characters`);
    const spec = (typeof raw === 'string' ? { role: raw } : raw) as Record<string, unknown> | null;
    if (!spec || typeof spec !== 'object') throw new ConfigError(`${where}: give a role name or { "role": …, "subject": … }`);
    const role = spec.role as Role;
    if (!ROLES.includes(role)) throw new ConfigError(`${where}: unknown role '${String(spec.role)}' (roles: ${ROLES.join(', ')})`);
    const principal: Principal = { subject: typeof spec.subject === 'string' && spec.subject ? spec.subject : `${role}:${tokenFingerprint(token)}`, role };
    if (role === 'applicant') {
      if (typeof spec.applicantId !== 'string' || !isValidUscc(spec.applicantId)) {
        throw new ConfigError(`${where}: an applicant token needs "applicantId", the organisation's valid 18-character credit code`);
      }
      principal.applicantId = spec.applicantId;
    }
    if (role === 'district-officer') {
      if (typeof spec.district !== 'string' || !spec.district) throw new ConfigError(`${where}: a district-officer token needs "district"`);
      principal.district = spec.district;
    }
    if (role === 'applicant' && typeof spec.district === 'string' && spec.district) principal.district = spec.district;
    if (typeof spec.affiliation === 'string' && spec.affiliation) principal.affiliation = spec.affiliation;
    tokens.set(token, principal);
  }
  return tokens;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new ConfigError(`${name}='${raw}': give a whole number from ${min} to ${max}`);
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true'].includes(raw)) return true;
  if (['0', 'false'].includes(raw)) return false;
  throw new ConfigError(`${name}='${raw}': give 1 or 0`);
}

function authFrom(env: NodeJS.ProcessEnv, demo: boolean): AuthConfig {
  const raw = env.PIONEER_AUTH_SECRET;
  if (!raw && !demo) {
    throw new ConfigError('PIONEER_AUTH_SECRET is not set: give every API process the same random key of 32+ characters (e.g. `openssl rand -base64 48`), or set PIONEER_DEMO=1 for the demo');
  }
  // Never echo the secret itself, not even a part of it.
  if (raw && raw.length < 32) throw new ConfigError(`PIONEER_AUTH_SECRET is ${raw.length} characters long: give a random key of at least 32 characters`);
  if (raw === DEMO_AUTH_SECRET && !demo) throw new ConfigError('PIONEER_AUTH_SECRET is the public demo secret: give a random key of your own');
  const accessTtlSeconds = integer(env, 'PIONEER_ACCESS_TOKEN_TTL', 900, 30, 86_400);
  return {
    secret: raw || DEMO_AUTH_SECRET,
    demoSecret: !raw,
    accessTtlSeconds,
    refreshTtlSeconds: integer(env, 'PIONEER_REFRESH_TOKEN_TTL', 14 * 86_400, accessTtlSeconds, 365 * 86_400),
    signInPerMinute: integer(env, 'PIONEER_SIGN_IN_RATE_LIMIT', 10, 1, 1_000_000),
  };
}

/** The database the variables name (DATABASE_URL, DATABASE_SCHEMA, SQLITE_FILE): for tools that read the API's database. */
export function databaseFrom(env: NodeJS.ProcessEnv, cwd: string = process.cwd()): DatabaseConfig {
  const url = env.DATABASE_URL;
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) throw new ConfigError('DATABASE_URL: only postgres://… URLs are supported; unset it to use the SQLite file');
    const schema = env.DATABASE_SCHEMA || undefined;
    if (schema && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new ConfigError('DATABASE_SCHEMA: use lower-case letters, digits and _');
    return { kind: 'postgres', url, schema };
  }
  return { kind: 'sqlite', file: path.resolve(cwd, env.SQLITE_FILE || 'data/pioneer.sqlite') };
}

/**
 * PIONEER_ATTACHMENT_STORE. Unset, it follows the database: API processes on one PostgreSQL are
 * the deployment with replicas, and a folder of one host would serve a file through that host
 * only; on SQLite (one host by nature) a folder keeps the database file small.
 */
function attachmentStore(raw: string | undefined, database: DatabaseConfig): AttachmentStoreKind {
  if (raw === undefined || raw === '') return database.kind === 'postgres' ? 'database' : 'files';
  if (raw === 'files' || raw === 'database') return raw;
  throw new ConfigError(
    `PIONEER_ATTACHMENT_STORE='${raw.slice(0, 40)}': give database (in the API's database, shared by every API process) or files (the folder PIONEER_ATTACHMENTS_DIR, for one API host)` +
      ` / PIONEER_ATTACHMENT_STORE 的取值无效：请填写 database（存于 API 的数据库，所有 API 进程共用）或 files（PIONEER_ATTACHMENTS_DIR 目录，仅限单台 API 主机）`,
  );
}

function corsOrigins(raw: string | undefined): string[] {
  const origins = (raw ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  for (const origin of origins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) throw new ConfigError(`PIONEER_CORS_ORIGINS: '${origin}' is not an origin such as https://portal.example.gov.cn`);
  }
  return origins;
}

/**
 * Reads the configuration from the environment: PORT, HOST, DATABASE_URL (postgres://…, else
 * SQLite in SQLITE_FILE or data/pioneer.sqlite), DATABASE_SCHEMA, PIONEER_TOKENS (JSON),
 * PIONEER_BODY_LIMIT, PIONEER_TIME_ZONE, PIONEER_NOW, PIONEER_DEMO=1 (demo data and the public
 * demo tokens), PIONEER_CORS_ORIGINS (comma-separated origins), PIONEER_RATE_LIMIT (requests per
 * minute per principal), PIONEER_DRAFT_QUOTA (drafts per organisation), PIONEER_EXPORT_MAX_ROWS
 * (rows per export, 50,000), PIONEER_REQUEST_TIMEOUT_MS,
 * PIONEER_IDLE_TIMEOUT_MS, PIONEER_ATTACHMENT_STORE (files | database; database on PostgreSQL,
 * files on SQLite), PIONEER_ATTACHMENTS_DIR (data/attachments), PIONEER_ATTACHMENT_MAX_BYTES,
 * PIONEER_ATTACHMENT_QUOTA_BYTES (2 GiB per organisation),
 * PIONEER_VERIFY_ATTACHMENTS (1 unless the demo), PIONEER_AUTH_SECRET (required unless PIONEER_DEMO=1),
 * PIONEER_ACCESS_TOKEN_TTL, PIONEER_REFRESH_TOKEN_TTL (seconds), PIONEER_SIGN_IN_RATE_LIMIT, PIONEER_EXPORT_WORKERS,
 * PIONEER_EXPORT_POLL_MS, PIONEER_EXPORT_STALE_MS, PIONEER_EXPORT_KEEP_DAYS, PIONEER_EXPORT_JOBS_PER_USER. Throws ConfigError naming the variable at fault.
 */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): ApiConfig {
  let tokens: Map<string, Principal>;
  const demo = env.PIONEER_DEMO === '1' || env.PIONEER_DEMO === 'true';
  // The demo tokens are public: they work only when the demo is asked for by name, and never in
  // production however NODE_ENV is spelt.
  const production = /^prod/i.test(env.NODE_ENV ?? '');
  if (demo && production) throw new ConfigError(`PIONEER_DEMO is set while NODE_ENV='${env.NODE_ENV}': the demo's tokens are public; unset PIONEER_DEMO in production`);
  const demoTokens = demo && !env.PIONEER_TOKENS;
  // Static tokens never expire and are not tied to a person: in production they stay off unless
  // asked for by name (service accounts), sign-in tokens and API keys being the rule there.
  if (env.PIONEER_TOKENS && production && env.PIONEER_STATIC_TOKENS_IN_PRODUCTION !== '1') {
    throw new ConfigError(`PIONEER_TOKENS is set while NODE_ENV='${env.NODE_ENV}': use sign-in and API keys in production, or set PIONEER_STATIC_TOKENS_IN_PRODUCTION=1 for service accounts`);
  }
  if (env.PIONEER_TOKENS) {
    let table: unknown;
    try {
      table = JSON.parse(env.PIONEER_TOKENS);
    } catch {
      throw new ConfigError('PIONEER_TOKENS is not JSON: give {"<token>": "admin", "<token>": {"role": "applicant", "applicantId": "…"}}');
    }
    if (!table || typeof table !== 'object' || Array.isArray(table)) throw new ConfigError('PIONEER_TOKENS must be a JSON object of token → role');
    tokens = parseTokens(table as Record<string, unknown>);
  } else if (demoTokens) {
    tokens = parseTokens(DEMO_TOKENS);
  } else {
    // No token is valid: every guarded route answers 401 until PIONEER_TOKENS is set.
    tokens = new Map();
  }
  const timeZone = env.PIONEER_TIME_ZONE || 'Asia/Shanghai';
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone });
  } catch {
    throw new ConfigError(`PIONEER_TIME_ZONE='${timeZone}' is not a time zone (e.g. Asia/Shanghai)`);
  }
  const fixedNow = env.PIONEER_NOW || undefined;
  if (fixedNow && Number.isNaN(Date.parse(fixedNow))) throw new ConfigError(`PIONEER_NOW='${fixedNow}': give an ISO timestamp such as 2025-06-01T09:00:00Z`);
  const database = databaseFrom(env, cwd);
  return {
    port: integer(env, 'PORT', 3000, 0, 65535),
    // The embedded setup listens on this machine only; a deployment says where with HOST.
    host: env.HOST || '127.0.0.1',
    database,
    tokens,
    demoTokens,
    bodyLimit: integer(env, 'PIONEER_BODY_LIMIT', 1024 * 1024, 1024, 64 * 1024 * 1024),
    timeZone,
    fixedNow,
    demo,
    corsOrigins: corsOrigins(env.PIONEER_CORS_ORIGINS),
    rateLimitPerMinute: integer(env, 'PIONEER_RATE_LIMIT', 600, 1, 1_000_000),
    draftQuota: integer(env, 'PIONEER_DRAFT_QUOTA', 50, 1, 100_000),
    exportMaxRows: integer(env, 'PIONEER_EXPORT_MAX_ROWS', 50_000, 1, 1_000_000),
    requestTimeoutMs: integer(env, 'PIONEER_REQUEST_TIMEOUT_MS', 30_000, 100, 600_000),
    idleTimeoutMs: integer(env, 'PIONEER_IDLE_TIMEOUT_MS', 10_000, 100, 600_000),
    attachmentStore: attachmentStore(env.PIONEER_ATTACHMENT_STORE, database),
    attachmentsDir: path.resolve(cwd, env.PIONEER_ATTACHMENTS_DIR || 'data/attachments'),
    attachmentMaxBytes: env.PIONEER_ATTACHMENT_MAX_BYTES ? integer(env, 'PIONEER_ATTACHMENT_MAX_BYTES', 0, 1, 1024 ** 3) : null,
    attachmentQuotaBytes: integer(env, 'PIONEER_ATTACHMENT_QUOTA_BYTES', 2 * 1024 ** 3, 1, Number.MAX_SAFE_INTEGER),
    verifyAttachmentReferences: flag(env, 'PIONEER_VERIFY_ATTACHMENTS', !demo),
    auth: authFrom(env, demo),
    exportJobs: {
      workers: integer(env, 'PIONEER_EXPORT_WORKERS', 1, 0, 16),
      pollMs: integer(env, 'PIONEER_EXPORT_POLL_MS', 2_000, 50, 600_000),
      staleMs: integer(env, 'PIONEER_EXPORT_STALE_MS', 60_000, 1_000, 3_600_000),
      keepMs: integer(env, 'PIONEER_EXPORT_KEEP_DAYS', 7, 1, 365) * 86_400_000,
      perUser: integer(env, 'PIONEER_EXPORT_JOBS_PER_USER', 5, 1, 100),
    },
  };
}

/** Injection token of the ApiConfig. */
export const API_CONFIG = Symbol('API_CONFIG');
