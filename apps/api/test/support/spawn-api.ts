import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../../../..');

/** Starts `npm run start:api`'s command and resolves with the API's base URL once it prints it. */
export function startApiProcess(env: NodeJS.ProcessEnv): { child: ChildProcess; ready: Promise<string>; output: () => string } {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], { cwd: root, env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json', PIONEER_AUTH_SECRET: 'test-auth-secret-shared-by-every-test-api-process', ...env } });
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
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.on('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
