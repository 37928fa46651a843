import { ConfigError, configFromEnv as configFrom, DEMO_APPLICANT_ID, DEMO_AUTH_SECRET } from './api-config';

const SECRET = 'a-test-secret-of-at-least-32-characters!';
/** Every configuration outside the demo needs an access-token key: these tests give one. */
const configFromEnv = (env: NodeJS.ProcessEnv, cwd?: string) => configFrom({ PIONEER_AUTH_SECRET: SECRET, ...env }, cwd);

describe('configFromEnv', () => {
  it('defaults to SQLite under data/, port 3000 on this machine only, 1 MiB bodies and no token at all', () => {
    const config = configFromEnv({}, '/srv/pioneer');
    expect(config).toMatchObject({ port: 3000, host: '127.0.0.1', database: { kind: 'sqlite', file: '/srv/pioneer/data/pioneer.sqlite' }, bodyLimit: 1048576, demoTokens: false, timeZone: 'Asia/Shanghai' });
    expect(config.tokens.size).toBe(0);
  });

  it('uses the public demo tokens only when the demo is asked for by name', () => {
    const config = configFromEnv({ PIONEER_DEMO: '1' });
    expect(config.demoTokens).toBe(true);
    expect(config.tokens.get('applicant-demo')).toEqual({ subject: 'applicant-demo', role: 'applicant', applicantId: DEMO_APPLICANT_ID });
    for (const NODE_ENV of ['production', 'Production', 'prod', 'PROD']) {
      expect(configFromEnv({ NODE_ENV }).tokens.has('admin-demo')).toBe(false);
      expect(() => configFromEnv({ NODE_ENV, PIONEER_DEMO: '1' })).toThrow(/unset PIONEER_DEMO in production/);
    }
  });

  it('never puts any part of a token into a principal or a message', () => {
    const secret = 'QWRTYUPLMNZXVQWRTYUP';
    const config = configFromEnv({ PIONEER_TOKENS: JSON.stringify({ [secret]: 'admin' }) });
    const subject = config.tokens.get(secret)!.subject;
    expect(subject).toMatch(/^admin:token-[0-9a-f]{8}$/);
    for (let i = 0; i + 3 <= secret.length; i++) expect(subject.slice('admin:'.length)).not.toContain(secret.slice(i, i + 3));
    expect(() => configFromEnv({ PIONEER_TOKENS: JSON.stringify({ [secret]: 'admin', short: 'admin' }) })).toThrow(/entry 2: a token needs at least 8/);
    try {
      configFromEnv({ PIONEER_TOKENS: JSON.stringify({ [secret]: 'king' }) });
    } catch (error) {
      expect((error as Error).message).not.toContain(secret.slice(0, 4));
    }
  });

  it('switches to PostgreSQL with DATABASE_URL', () => {
    expect(configFromEnv({ DATABASE_URL: 'postgres://u@h/db', DATABASE_SCHEMA: 'pioneer' }).database).toEqual({ kind: 'postgres', url: 'postgres://u@h/db', schema: 'pioneer' });
    expect(() => configFromEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/only postgres/);
  });

  it('reads PIONEER_TOKENS and names the entry at fault', () => {
    const config = configFromEnv({ PIONEER_TOKENS: JSON.stringify({ 'secret-admin-1': 'admin', 'district-key-1': { role: 'district-officer', district: 'nanshan' } }) });
    expect(config.tokens.get('secret-admin-1')?.role).toBe('admin');
    expect(config.tokens.get('district-key-1')).toMatchObject({ role: 'district-officer', district: 'nanshan' });
    expect(config.tokens.has('admin-demo')).toBe(false);
    expect(() => configFromEnv({ PIONEER_TOKENS: JSON.stringify({ 'applicant-x-1': { role: 'applicant', applicantId: 'bogus' } }) })).toThrow(/credit code/);
    expect(() => configFromEnv({ PIONEER_TOKENS: JSON.stringify({ 'some-token-1': 'king' }) })).toThrow(/unknown role 'king'/);
    expect(() => configFromEnv({ PIONEER_TOKENS: '{nope' })).toThrow(ConfigError);
  });

  it('reads the CORS origins', () => {
    expect(configFromEnv({}).corsOrigins).toEqual([]);
    expect(configFromEnv({ PIONEER_CORS_ORIGINS: 'https://portal.example, http://localhost:5173' }).corsOrigins).toEqual(['https://portal.example', 'http://localhost:5173']);
    expect(() => configFromEnv({ PIONEER_CORS_ORIGINS: '*' })).toThrow(/PIONEER_CORS_ORIGINS/);
  });

  it('checks numbers, time zone and fixed clock', () => {
    expect(() => configFromEnv({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => configFromEnv({ PIONEER_TIME_ZONE: 'Mars/Olympus' })).toThrow(/time zone/);
    expect(() => configFromEnv({ PIONEER_NOW: 'yesterday' })).toThrow(/PIONEER_NOW/);
  });

  it('needs PIONEER_AUTH_SECRET outside the demo, of 32+ characters, never echoed; the demo has a public one', () => {
    expect(() => configFrom({})).toThrow(/PIONEER_AUTH_SECRET is not set/);
    expect(() => configFrom({ PIONEER_AUTH_SECRET: 'short-secret-123' })).toThrow(/at least 32 characters/);
    try {
      configFrom({ PIONEER_AUTH_SECRET: 'short-secret-123' });
    } catch (error) {
      expect((error as Error).message).not.toContain('short-secret');
    }
    expect(() => configFrom({ PIONEER_AUTH_SECRET: DEMO_AUTH_SECRET })).toThrow(/public demo secret/);
    expect(configFrom({ PIONEER_DEMO: '1' }).auth).toMatchObject({ secret: DEMO_AUTH_SECRET, demoSecret: true, accessTtlSeconds: 900, signInPerMinute: 10 });
    expect(configFromEnv({ PIONEER_ACCESS_TOKEN_TTL: '60', PIONEER_SIGN_IN_RATE_LIMIT: '3' }).auth).toMatchObject({ secret: SECRET, demoSecret: false, accessTtlSeconds: 60, signInPerMinute: 3 });
    expect(() => configFromEnv({ PIONEER_ACCESS_TOKEN_TTL: '5' })).toThrow(/PIONEER_ACCESS_TOKEN_TTL/);
  });

  it('refuses static tokens in production unless asked for by name', () => {
    const PIONEER_TOKENS = JSON.stringify({ 'service-account-1': 'admin' });
    expect(() => configFromEnv({ NODE_ENV: 'production', PIONEER_TOKENS })).toThrow(/PIONEER_STATIC_TOKENS_IN_PRODUCTION/);
    expect(configFromEnv({ NODE_ENV: 'production', PIONEER_TOKENS, PIONEER_STATIC_TOKENS_IN_PRODUCTION: '1' }).tokens.size).toBe(1);
  });

  it('stores attachments under data/attachments, verifies references unless the demo is on, and checks the upload cap', () => {
    expect(configFromEnv({}, '/srv/pioneer')).toMatchObject({ attachmentsDir: '/srv/pioneer/data/attachments', attachmentMaxBytes: null, attachmentQuotaBytes: 2 * 1024 ** 3, verifyAttachmentReferences: true });
    expect(configFromEnv({ PIONEER_ATTACHMENTS_DIR: '/var/files', PIONEER_ATTACHMENT_MAX_BYTES: '1024' }, '/srv')).toMatchObject({ attachmentsDir: '/var/files', attachmentMaxBytes: 1024 });
    expect(configFromEnv({ PIONEER_DEMO: '1' }).verifyAttachmentReferences).toBe(false);
    expect(configFromEnv({ PIONEER_DEMO: '1', PIONEER_VERIFY_ATTACHMENTS: '1' }).verifyAttachmentReferences).toBe(true);
    expect(() => configFromEnv({ PIONEER_ATTACHMENT_MAX_BYTES: '0' })).toThrow(/PIONEER_ATTACHMENT_MAX_BYTES/);
    expect(() => configFromEnv({ PIONEER_VERIFY_ATTACHMENTS: 'yes' })).toThrow(/PIONEER_VERIFY_ATTACHMENTS='yes': give 1 or 0/);
  });

  it('keeps attachment content in the database on PostgreSQL (shared by replicas) and in a folder on SQLite, unless PIONEER_ATTACHMENT_STORE says', () => {
    expect(configFromEnv({}).attachmentStore).toBe('files');
    expect(configFromEnv({ DATABASE_URL: 'postgres://u@h/db' }).attachmentStore).toBe('database');
    expect(configFromEnv({ PIONEER_ATTACHMENT_STORE: 'database' }).attachmentStore).toBe('database');
    expect(configFromEnv({ DATABASE_URL: 'postgres://u@h/db', PIONEER_ATTACHMENT_STORE: 'files' }).attachmentStore).toBe('files');
    for (const bad of ['s3', 'Database', 'file', ' files']) {
      expect(() => configFromEnv({ PIONEER_ATTACHMENT_STORE: bad })).toThrow(ConfigError);
      expect(() => configFromEnv({ PIONEER_ATTACHMENT_STORE: bad })).toThrow(/^PIONEER_ATTACHMENT_STORE='.*': give database .* or files .*\/ .*请填写 database/);
    }
  });
});
