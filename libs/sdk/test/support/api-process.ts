import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '../../../..');

/** A Pioneer API the SDK's tests talk to over HTTP: its URL, and how to stop it (removing its database). */
export interface ApiProcess {
  base: string;
  stop: () => Promise<void>;
}

/**
 * Starts the API from its sources (as `npm run start:api:dev`) on a throw-away SQLite file with
 * the given tokens, and resolves once it prints its URL. Examples cite placeholder files, so
 * attachment verification is off.
 */
export async function startApi(env: NodeJS.ProcessEnv): Promise<ApiProcess> {
  const dir = mkdtempSync(path.join(tmpdir(), 'pioneer-sdk-api-'));
  const child: ChildProcess = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json', PORT: '0', HOST: '127.0.0.1', SQLITE_FILE: path.join(dir, 'api.sqlite'), PIONEER_VERIFY_ATTACHMENTS: '0', PIONEER_AUTH_SECRET: 'sdk-tests-auth-secret-of-a-throw-away-api', ...env },
  });
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.on('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  let output = '';
  const base = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /API +(http:\/\/localhost:\d+)\/api/.exec(output);
      if (match) resolve(match[1]);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`the API exited with ${code}:\n${output}`)));
  }).catch(async (error) => {
    await stop();
    throw error;
  });
  return { base, stop };
}
