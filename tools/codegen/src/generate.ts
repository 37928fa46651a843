import path from 'node:path';
import type { CodegenIR, Emitter, GeneratedFile } from './ir/ir.types';
import { EMITTERS } from './emitters';
import { buildIR } from './pipeline/build-ir';
import { formatFiles } from './pipeline/format';
import { syncFiles, type WriteReport } from './pipeline/write-files';

export const REPO_ROOT = path.resolve(__dirname, '../../..');

export interface GenerateOptions {
  repoRoot?: string;
  schemasRoot?: string;
  /** false: compare only (generate:check). */
  write: boolean;
  emitters?: Emitter[];
  log?: (line: string) => void;
}

export interface GenerateResult extends WriteReport {
  ir: CodegenIR;
  files: GeneratedFile[];
}

/** The whole pipeline: load → validate → IR → emitters → format → write (or compare). */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const repoRoot = options.repoRoot ?? REPO_ROOT;
  const log = options.log ?? (() => undefined);
  const emitters = options.emitters ?? EMITTERS;
  let started = Date.now();
  const lap = (what: string) => {
    log(`  ${what} (${Date.now() - started} ms)`);
    started = Date.now();
  };
  const ir = buildIR(options.schemasRoot ?? path.join(repoRoot, 'schemas'), repoRoot);
  lap(`loaded and checked ${ir.policies.length} policy(ies), ${ir.policies.reduce((n, p) => n + p.measures.length, 0)} measures`);
  const raw: GeneratedFile[] = [];
  for (const emitter of emitters) {
    const files = await emitter.emit(ir);
    raw.push(...files);
    lap(`${emitter.name}: ${files.length} file(s)`);
  }
  const files = await formatFiles(raw, repoRoot);
  lap(`formatted ${files.length} file(s)`);
  const report = syncFiles(files, emitters.flatMap((e) => e.outputs), repoRoot, options.write);
  return { ir, files, ...report };
}
