import { ConfigError, configFromEnv, DEMO_APPLICANT_ID } from './api-config';

describe('configFromEnv', () => {
  it('defaults to SQLite under data/, port 3000, 1 MiB bodies and the demo tokens', () => {
    const config = configFromEnv({}, '/srv/pioneer');
    expect(config).toMatchObject({ port: 3000, database: { kind: 'sqlite', file: '/srv/pioneer/data/pioneer.sqlite' }, bodyLimit: 1048576, demoTokens: true, timeZone: 'Asia/Shanghai' });
    expect(config.tokens.get('applicant-demo')).toEqual({ subject: 'applicant-demo', role: 'applicant', applicantId: DEMO_APPLICANT_ID });
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

  it('refuses to start in production on the public demo tokens', () => {
    expect(() => configFromEnv({ NODE_ENV: 'production' })).toThrow(/PIONEER_TOKENS is required/);
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
});
