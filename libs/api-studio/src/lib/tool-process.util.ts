import { execFile } from 'node:child_process';
import path from 'node:path';

/**
 * Runs one of the repository's tooling scripts (under `toolRoot`) through tsx in its own process
 * and parses what it prints as JSON. Tooling is never imported by API code, and a process keeps
 * its seconds of work and memory out of the API. Rejects with the script's own message.
 */
export function runToolScript<T>(toolRoot: string, script: string, args: string[]): Promise<T> {
  const argv = [
    path.join(toolRoot, 'node_modules/tsx/dist/cli.mjs'),
    '--tsconfig',
    path.join(toolRoot, 'tsconfig.base.json'),
    path.join(toolRoot, script),
    ...args,
  ];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, argv, { cwd: toolRoot, maxBuffer: 256 * 1024 * 1024, timeout: 300_000 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(stderr.trim() || error.message));
      try {
        resolve(JSON.parse(stdout) as T);
      } catch {
        reject(new Error(`${script} did not answer JSON (${stdout.length} characters): ${stderr.trim()}`));
      }
    });
  });
}
