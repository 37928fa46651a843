/**
 * @pioneer/contracts — generated from schemas/ (see src/generated, never edited by hand): the
 * policy bundles, the measure catalogue, the application types and the precompiled validators.
 * `loadPolicies()` compiles every policy for the engine with those validators, so no schema is
 * compiled at run time and it works under a strict Content-Security-Policy.
 */
import { compilePolicy, type CompiledPolicy, type CompileOptions } from '@pioneer/engine';
import { POLICY_BUNDLES } from './generated/policy-bundles.gen';
import { VALIDATORS } from './generated/validators.gen';

export * from './catalogue.types';
export * from './application.types';
export * from './audit.types';
export type * from './generated/types.gen';
export { MEASURES, SECTIONS } from './generated/catalogue.gen';
export { POLICY_BUNDLES, VALIDATORS };

/**
 * Compiles every generated policy bundle with the precompiled validators (pass
 * `{ validators: {} }` to have ajv compile the forms instead); throws listing the problems if a
 * policy does not compile.
 */
export function loadPolicies(options: CompileOptions = {}): CompiledPolicy[] {
  return POLICY_BUNDLES.map(({ code, bundle }) => {
    // Generation checked every bundle against the meta-schemas: no ajv is needed at run time.
    const { policy, problems } = compilePolicy(bundle, { validators: VALIDATORS, checked: true, ...options });
    if (!policy)
      throw new Error(`policy ${code} does not compile:\n${problems.map((p) => `${p.file}#${p.pointer}: ${p.message}`).join('\n')}`);
    return policy;
  });
}
