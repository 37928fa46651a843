import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './platform';

/** Runs a command in a folder; throws with its output when it fails. */
export function run(cwd: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/**
 * A throw-away copy of the workspace as a developer has it (tracked and untracked files, not
 * ignored ones), sharing node_modules by a link, and committed in a git repository of its own so
 * a test can list exactly what changed afterwards.
 */
export function copyWorkspace(): string {
  const copy = mkdtempSync(path.join(tmpdir(), 'pioneer-workspace-'));
  const files = run(REPO_ROOT, 'git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z']).split('\0').filter(Boolean);
  for (const file of files) {
    mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
    cpSync(path.join(REPO_ROOT, file), path.join(copy, file), { force: true, errorOnExist: false });
  }
  symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  const git = (...args: string[]) => run(copy, 'git', ['-c', 'user.name=e2e', '-c', 'user.email=e2e@pioneer.local', ...args]);
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'baseline');
  return copy;
}

/** Paths changed in a copied workspace since its baseline commit. */
export function changedFiles(copy: string): string[] {
  return run(copy, 'git', ['status', '--porcelain', '--untracked-files=all'])
    .split('\n')
    .filter(Boolean)
    .map((line) => line.slice(3));
}
