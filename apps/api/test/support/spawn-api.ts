import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { NOW, postgresDatabase } from './api-harness';

const root = path.resolve(__dirname, '../../../..');

/** Starts `npm run start:api`'s command and resolves with the API's base URL once it prints it. */
export function startApiProcess(env: NodeJS.ProcessEnv): { child: ChildProcess; ready: Promise<string>; output: () => string } {
  // The suites submit the schemas' example forms, which cite placeholder files (no upload).
  const defaults = { SWC_NODE_PROJECT: 'tsconfig.base.json', PIONEER_VERIFY_ATTACHMENTS: '0', PIONEER_AUTH_SECRET: 'test-auth-secret-shared-by-every-test-api-process' };
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], { cwd: root, env: { ...process.env, ...defaults, ...env } });
  let output = '';
  const ready = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /API +(http:\/\/localhost:\d+)\/api/.exec(output);
      if (match) resolve(match[1]);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`the API exited with ${code}:\n${output}`)));
  });
  return { child, ready, output: () => output };
}

/** Stops a started API (SIGTERM: it closes the server and the database) and waits for it. */
export async function stopApiProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.on('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/**
 * Two API processes on one database, as behind a load balancer: the first migrates it before
 * `between` runs (e.g. seeding) and the second starts. `own` adds each process's own variables
 * (e.g. a folder of its host). `stop` ends both.
 */
export async function startTwoApiProcesses(env: NodeJS.ProcessEnv, between?: () => Promise<void>, own: NodeJS.ProcessEnv[] = []): Promise<{ bases: string[]; stop: () => Promise<void> }> {
  const servers = [startApiProcess({ ...env, ...own[0] })];
  const stop = () => Promise.all(servers.map((s) => stopApiProcess(s.child))).then(() => undefined);
  try {
    const first = await servers[0].ready;
    await between?.();
    servers.push(startApiProcess({ ...env, ...own[1] }));
    return { bases: [first, await servers[1].ready], stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The admin token the two-process suites send (`authorization: Bearer race-admin-token`). */
export const RACE_ADMIN_HEADERS = { authorization: 'Bearer race-admin-token', 'content-type': 'application/json' };

/**
 * A fresh PostgreSQL schema with two API processes on it, as behind a load balancer (fixed clock,
 * no rate limit, one admin token): what every cross-process race suite starts from.
 */
export async function twoApisOnPostgres(url: string): Promise<{ bases: string[]; stop: () => Promise<void> }> {
  const db = await postgresDatabase(url);
  const config = db.config as { url: string; schema: string };
  const env = { PORT: '0', HOST: '127.0.0.1', DATABASE_URL: config.url, DATABASE_SCHEMA: config.schema, PIONEER_NOW: NOW, PIONEER_RATE_LIMIT: '100000', PIONEER_TOKENS: JSON.stringify({ 'race-admin-token': 'admin' }) };
  try {
    const { bases, stop } = await startTwoApiProcesses(env);
    return { bases, stop: () => stop().finally(() => db.drop()) };
  } catch (error) {
    await db.drop();
    throw error;
  }
}
