import type { CompiledMeasure } from '../measure/compile-measure';
import type { SchemaProblem } from '../types';
import type { PolicyInfo } from './policy.types';

/**
 * What the policy file and its measures name must exist in the policy: sections, units, the
 * issuer, measures of budgets and exclusivity groups, measures `awarded` reads, the applicant
 * field. A `policy/measure` reference to another policy is left to `checkPolicySet`, which sees
 * every policy. `declared`: every measure code of the folder, also of measures with problems (their
 * own problems are reported; a reference to them is not a second one).
 */
export function checkCrossReferences(
  info: PolicyInfo,
  file: string,
  measures: CompiledMeasure[],
  declared: ReadonlySet<string>,
  problems: SchemaProblem[],
): void {
  const sections = new Set(info.sections.map((s) => s.code));
  const units = new Set(info.units.map((u) => u.code));
  if (!units.has(info.issuer))
    problems.push({
      file,
      pointer: '/issuer',
      message: `the issuer '${info.issuer}' is not one of the policy's units (${[...units].join(', ')})`,
    });
  /** A reference in this policy's own terms: `code`, or `<this policy>/code`; undefined for another policy's measure. */
  const own = (ref: string): string | undefined => {
    const slash = ref.indexOf('/');
    if (slash < 0) return ref;
    return ref.slice(0, slash) === info.code ? ref.slice(slash + 1) : undefined;
  };
  for (const m of measures) {
    if (!sections.has(m.info.section))
      problems.push({
        file: m.file,
        pointer: '/x-measure/section',
        message: `unknown section '${m.info.section}' (the policy has: ${[...sections].join(', ')})`,
      });
    m.info.units.forEach((u, i) => {
      if (!units.has(u)) problems.push({ file: m.file, pointer: `/x-measure/units/${i}`, message: `unknown responsible unit '${u}'` });
    });
    for (const { ref, pointer } of m.measureRefs) {
      const code = own(ref);
      if (code !== undefined && !declared.has(code))
        problems.push({
          file: m.file,
          pointer,
          message: `reference to undefined measure '${code}' (of this policy; another policy's is written <policy>/<measure>)`,
        });
    }
  }
  const listed = (kind: 'budgets' | 'exclusivityGroups') => {
    const owner = new Map<string, string>();
    info[kind].forEach((entry, i) =>
      entry.measures.forEach((ref, j) => {
        const pointer = `/${kind}/${i}/measures/${j}`;
        const code = own(ref);
        if (code === undefined && kind === 'budgets')
          problems.push({ file, pointer, message: `a budget holds this policy's measures only, not '${ref}'` });
        else if (code !== undefined && !declared.has(code))
          problems.push({ file, pointer, message: `reference to undefined measure '${code}'` });
        if (owner.has(ref)) problems.push({ file, pointer, message: `measure '${ref}' is already in ${kind} '${owner.get(ref)}'` });
        owner.set(ref, entry.code);
      }),
    );
  };
  listed('budgets');
  listed('exclusivityGroups');
  const { subjects } = info;
  for (const m of measures) {
    if (m.info.family === 'informational') continue;
    if (!m.fields.has(subjects.applicantId))
      problems.push({
        file: m.file,
        pointer: '/properties',
        message: `the form has no '${subjects.applicantId}' field, which the policy uses to identify the applicant`,
      });
  }
}
