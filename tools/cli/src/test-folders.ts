import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const FIXTURES = path.resolve(__dirname, '../test/fixtures');
export const SHENZHEN = path.resolve(__dirname, '../../../schemas/policies/shenzhen-ai-2024');
/** The fictional district overlay: a second policy, so the commands are tested with several. */
export const DISTRICT = path.resolve(__dirname, '../../../schemas/policies/example-district-2025');

/** A throw-away copy of a policy folder, so a test can drop files into it. */
export function copyPolicy(from: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pioneer-policy-'));
  cpSync(from, dir, { recursive: true });
  return dir;
}

/** Runs the CLI in-process and collects what it prints. */
export async function run(main: (argv: string[], out: (l: string) => void) => Promise<number>, argv: string[]) {
  const lines: string[] = [];
  const code = await main(argv, (line) => lines.push(line));
  return { code, output: lines.join('\n') };
}
