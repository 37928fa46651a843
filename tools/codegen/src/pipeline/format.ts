import { format, resolveConfig } from 'prettier';
import type { GeneratedFile } from '../ir/ir.types';

/**
 * Stage 5: every file through prettier with the repository's settings, so output is stable —
 * except files an emitter marks `formatted` (large machine-made data).
 */
export async function formatFiles(files: GeneratedFile[], repoRoot: string): Promise<GeneratedFile[]> {
  const options = (await resolveConfig(`${repoRoot}/package.json`)) ?? {};
  return Promise.all(
    files.map(async (file) =>
      file.formatted ? { path: file.path, content: file.content } : { path: file.path, content: await format(file.content, { ...options, filepath: file.path }) },
    ),
  );
}
