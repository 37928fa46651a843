import { runToolScript } from './tool-process.util';

/** What the generator would change in the repository: files to write (with their contents) and files to remove. */
export interface GeneratorPreview {
  written: Array<{ path: string; content: string }>;
  removed: string[];
}

/**
 * Runs the generator (tools/codegen/src/preview.ts) in its own process on a staged copy of the
 * schemas. `toolRoot` holds the generator; `repoRoot` is compared with. Rejects with the
 * generator's own message.
 */
export function previewGenerator(toolRoot: string, repoRoot: string, stagingRoot: string): Promise<GeneratorPreview> {
  return runToolScript<GeneratorPreview>(toolRoot, 'tools/codegen/src/preview.ts', ['--repo', repoRoot, '--staging', stagingRoot]);
}
