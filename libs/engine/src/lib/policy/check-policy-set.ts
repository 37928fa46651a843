import type { SchemaProblem } from '../types';
import type { CompiledPolicy } from './compile-policy';

/**
 * What no single policy can check alone: policy codes and measure codes are unique across every
 * policy (the command line, the API and the SDK find a policy from a measure code), and every
 * `policy/measure` an exclusivity group or an `awarded` rule names exists.
 */
export function checkPolicySet(policies: CompiledPolicy[]): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const byCode = new Map<string, CompiledPolicy>();
  const measureOwner = new Map<string, CompiledPolicy>();
  for (const policy of policies) {
    const first = byCode.get(policy.info.code);
    if (first)
      problems.push({ file: policy.file, pointer: '/code', message: `policy code '${policy.info.code}' is also used by ${first.file}` });
    byCode.set(policy.info.code, policy);
    for (const m of policy.measures.values()) {
      const owner = measureOwner.get(m.code);
      if (owner)
        problems.push({
          file: m.file,
          pointer: '/x-measure/code',
          message: `measure code '${m.code}' is also used by policy '${owner.info.code}': codes are unique across policies`,
        });
      else measureOwner.set(m.code, policy);
    }
  }
  const exists = (ref: string): string | undefined => {
    const [policyCode, measure] = ref.split('/');
    const policy = byCode.get(policyCode);
    if (!policy) return `reference to undefined policy '${policyCode}' (known: ${[...byCode.keys()].join(', ')})`;
    return policy.measures.has(measure) ? undefined : `policy '${policyCode}' has no measure '${measure}'`;
  };
  for (const policy of policies) {
    policy.info.exclusivityGroups.forEach((group, i) =>
      group.measures.forEach((ref, j) => {
        const problem = ref.includes('/') ? exists(ref) : undefined;
        if (problem) problems.push({ file: policy.file, pointer: `/exclusivityGroups/${i}/measures/${j}`, message: problem });
      }),
    );
    for (const m of policy.measures.values())
      for (const { ref, pointer } of m.measureRefs) {
        const problem = ref.includes('/') ? exists(ref) : undefined;
        if (problem) problems.push({ file: m.file, pointer, message: problem });
      }
  }
  return problems;
}
