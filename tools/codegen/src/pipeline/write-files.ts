import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { GeneratedFile } from '../ir/ir.types';

export interface WriteReport {
  written: string[];
  unchanged: string[];
  removed: string[];
}

/** Generated files already present under the given folders (names containing `.gen.`). */
function existingGenerated(repoRoot: string, folders: string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.includes('.gen.')) found.push(path.relative(repoRoot, full).split(path.sep).join('/'));
    }
  };
  folders.forEach((folder) => walk(path.join(repoRoot, folder)));
  return found;
}

/**
 * Compares the files with what is on disk. With `write`, brings the disk in step: writes changed
 * files and removes generated files no emitter produces any more (a deleted measure). Without
 * it, only reports: that is `generate:check`.
 */
export function syncFiles(files: GeneratedFile[], outputs: string[], repoRoot: string, write: boolean): WriteReport {
  const report: WriteReport = { written: [], unchanged: [], removed: [] };
  const produced = new Set(files.map((f) => f.path));
  for (const file of files) {
    const full = path.join(repoRoot, file.path);
    const current = existsSync(full) ? readFileSync(full, 'utf8') : undefined;
    if (current === file.content) {
      report.unchanged.push(file.path);
      continue;
    }
    report.written.push(file.path);
    if (write) {
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, file.content);
    }
  }
  for (const stale of existingGenerated(repoRoot, outputs)) {
    if (produced.has(stale)) continue;
    report.removed.push(stale);
    if (write) rmSync(path.join(repoRoot, stale));
  }
  return report;
}
