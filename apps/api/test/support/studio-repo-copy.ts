import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findUp } from '../../src/find-up.util';

/** The folders publish reads and writes: the schemas and every generator output. */
const COPIED = [
  'schemas',
  'libs/contracts/src/generated',
  'apps/api/src/generated',
  'apps/admin/src/generated',
  'libs/sdk/src/generated',
  'docs/generated',
  '.prettierrc',
  '.prettierignore',
];

/** The repository this test runs in. */
export const REPO_ROOT = path.dirname(findUp('nx.json', __dirname)!);

/**
 * A throw-away copy of what the studio edits (PIONEER_STUDIO_ROOT), so a test can publish without
 * ever changing the repository it runs in.
 */
export function studioRepoCopy(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'pioneer-studio-repo-'));
  for (const entry of COPIED)
    if (existsSync(path.join(REPO_ROOT, entry))) cpSync(path.join(REPO_ROOT, entry), path.join(root, entry), { recursive: true });
  return root;
}
