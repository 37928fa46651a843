import { execFile } from 'node:child_process';
import path from 'node:path';

/** What the generator would change in the repository: files to write (with their contents) and files to remove. */
export interface GeneratorPreview {
  written: Array<{ path: string; content: string }>;
  removed: string[];
}

/**
 * Runs the generator (tools/codegen/src/preview.ts) in its own process on a staged copy of the
 * schemas: the generator is tooling, which no API code may import, and a process keeps its
 * seconds of work and memory out of the API. `toolRoot` holds the generator; `repoRoot` is compared
 * with. Rejects with the generator's own message.
 */
export function previewGenerator(toolRoot: string, repoRoot: string, stagingRoot: string): Promise<GeneratorPreview> {
  const args = [
    path.join(toolRoot, 'node_modules/tsx/dist/cli.mjs'),
    '--tsconfig',
    path.join(toolRoot, 'tsconfig.base.json'),
    path.join(toolRoot, 'tools/codegen/src/preview.ts'),
    '--repo',
    repoRoot,
    '--staging',
    stagingRoot,
  ];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { cwd: toolRoot, maxBuffer: 256 * 1024 * 1024, timeout: 300_000 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(stderr.trim() || error.message));
      try {
        resolve(JSON.parse(stdout) as GeneratorPreview);
      } catch {
        reject(new Error(`the generator's answer is not JSON (${stdout.length} characters): ${stderr.trim()}`));
      }
    });
  });
}
