/**
 * @pioneer/contracts — generated from schemas/ (see src/generated, never edited by hand): the
 * policy bundles, the measure catalogue, and (from their emitters) types and precompiled
 * validators. `loadPolicies()` compiles every policy for the engine.
 */
import { compilePolicy, type CompiledPolicy, type CompileOptions } from '@pioneer/engine';
import { POLICY_BUNDLES } from './generated/policy-bundles.gen';

export * from './catalogue.types';
export { MEASURES, SECTIONS } from './generated/catalogue.gen';
export { POLICY_BUNDLES };

/** Compiles every generated policy bundle; throws listing the problems if one does not compile. */
export function loadPolicies(options: CompileOptions = {}): CompiledPolicy[] {
  return POLICY_BUNDLES.map(({ code, bundle }) => {
    const { policy, problems } = compilePolicy(bundle, options);
    if (!policy) throw new Error(`policy ${code} does not compile:\n${problems.map((p) => `${p.file}#${p.pointer}: ${p.message}`).join('\n')}`);
    return policy;
  });
}
