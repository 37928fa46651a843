import type { GeneratedFile, PolicyIR } from '../../ir/ir.types';
import { tsBanner } from '../../pipeline/banner';

/**
 * Each policy's schema files as one constant, so the engine compiles the policy in any runtime
 * (API, browser, SDK) with no file system. Laid out by JSON.stringify: prettier would only cost time.
 */
export function emitBundles(policies: PolicyIR[]): GeneratedFile {
  const entries = policies.map((p) => ({ code: p.code, bundle: { policy: { file: `${p.folder}/policy.json`, json: p.bundle.policy }, measures: p.bundle.measures, common: p.bundle.common, meta: p.bundle.meta } }));
  const content = [
    tsBanner(policies.map((p) => `${p.folder}/`)),
    "import type { PolicyBundle } from '@pioneer/engine';",
    '',
    `export const POLICY_BUNDLES: ReadonlyArray<{ code: string; bundle: PolicyBundle }> = ${JSON.stringify(entries, null, 2)};`,
    '',
  ].join('\n');
  return { path: 'libs/contracts/src/generated/policy-bundles.gen.ts', content, formatted: true };
}
