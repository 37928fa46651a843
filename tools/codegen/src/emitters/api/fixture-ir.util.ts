import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CodegenIR } from '../../ir/ir.types';
import { buildIR } from '../../pipeline/build-ir';

const REPO_ROOT = path.resolve(__dirname, '../../../../..');

/**
 * The IR of the CLI's minimal fixture policy (one share-of-base measure), built by the real
 * pipeline from a temporary schemas/ folder so that every path in it is stable.
 */
export function fixtureIR(): CodegenIR {
  const root = mkdtempSync(path.join(os.tmpdir(), 'pioneer-codegen-'));
  try {
    for (const shared of ['common', 'meta']) cpSync(path.join(REPO_ROOT, 'schemas', shared), path.join(root, 'schemas', shared), { recursive: true });
    cpSync(path.join(REPO_ROOT, 'tools/cli/test/fixtures/minimal-policy'), path.join(root, 'schemas/policies/fixture-policy'), { recursive: true });
    return buildIR(path.join(root, 'schemas'), root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
