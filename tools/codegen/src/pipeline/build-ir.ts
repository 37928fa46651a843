import path from 'node:path';
import { checkPolicySet, compilePolicy, withoutUnit, type CompiledMeasure, type CompiledPolicy, type Label } from '@pioneer/engine';
import { formatProblem, listPolicyFolders, PolicyCheckError, readPolicyBundle } from '@pioneer/policy-loader';
import { describeFormula } from '../ir/describe-formula';
import { inlineRefs } from '@pioneer/engine';
import type { CodegenIR, FieldIR, MeasureIR, PolicyIR } from '../ir/ir.types';
import { measureNames } from '../ir/names';

type Json = Record<string, unknown>;

/** Stage 1–3: load every policy folder, validate it (the engine's checks), and build the IR. */
export function buildIR(schemasRoot: string, repoRoot: string): CodegenIR {
  const policies: PolicyIR[] = [];
  const seen = new Map<string, string>();
  const compiled: CompiledPolicy[] = [];
  for (const folder of listPolicyFolders(schemasRoot)) {
    const { bundle, problems } = readPolicyBundle(folder, schemasRoot);
    if (!bundle) throw new PolicyCheckError(problems);
    const { policy, problems: compileProblems } = compilePolicy(bundle);
    if (!policy) throw new PolicyCheckError(compileProblems);
    const ir = policyIR(policy, bundle, folder, schemasRoot, repoRoot);
    for (const m of ir.measures) {
      const other = seen.get(m.names.code);
      if (other)
        throw new Error(
          `measure code '${m.names.code}' is used by policies ${other} and ${ir.code}: codes name routes and resources, so they must be unique`,
        );
      seen.set(m.names.code, ir.code);
    }
    policies.push(ir);
    compiled.push(policy);
  }
  // `policy/measure` references (exclusivity groups, `awarded`) need every policy to check.
  const between = checkPolicySet(compiled);
  if (between.length) throw new PolicyCheckError(between);
  return { policies };
}

function policyIR(
  policy: CompiledPolicy,
  bundle: NonNullable<ReturnType<typeof readPolicyBundle>['bundle']>,
  folder: string,
  schemasRoot: string,
  repoRoot: string,
): PolicyIR {
  const { info } = policy;
  const schemas = new Map<string, Json>();
  for (const source of [...bundle.common, ...bundle.meta]) schemas.set(String((source.json as Json).$id), source.json as Json);
  const rel = (file: string) => path.relative(repoRoot, file).split(path.sep).join('/');
  const measures = [...policy.measures.values()].map((m) =>
    measureIR(policy, m, schemas, rel(path.join(folder, 'measures', `${m.code}.json`))),
  );
  const schemaFile = (file: string) => path.relative(schemasRoot, path.resolve(file)).split(path.sep).join('/');
  return {
    code: info.code,
    name: info.name,
    folder: rel(folder),
    validity: info.validity,
    sections: info.sections.map((s) => ({ ...s, measures: measures.filter((m) => m.section.code === s.code).map((m) => m.names.code) })),
    units: info.units,
    budgets: info.budgets,
    exclusivityGroups: info.exclusivityGroups,
    measures,
    bundle: {
      policy: bundle.policy.json,
      measures: bundle.measures.map((s) => ({ file: schemaFile(s.file), json: s.json })),
      common: bundle.common.map((s) => ({ file: schemaFile(s.file), json: s.json })),
      meta: bundle.meta.map((s) => ({ file: schemaFile(s.file), json: s.json })),
    },
  };
}

function measureIR(policy: CompiledPolicy, m: CompiledMeasure, schemas: Map<string, Json>, sourceFile: string): MeasureIR {
  const { info } = policy;
  const schema = m.schema;
  const fields: FieldIR[] = [...m.fields.values()].map((f) => ({
    path: f.path,
    pointer: f.pointer,
    type: f.type,
    label: f.label,
    help: f.help,
    enum: f.enum,
    enumLabels: f.enumLabels,
    required: f.required,
    ui: f.ui,
  }));
  const latest = m.versions[m.versions.length - 1];
  const types = Object.fromEntries(Object.entries(m.parameters).map(([name, def]) => [name, def.type]));
  const rawVersions = (schema['x-versions'] ?? []) as Json[];
  const award = schema['x-award'] as Json;
  const base = award.base as Json | undefined;
  const baseLabel: Label | undefined = base && typeof base.var === 'string' ? m.fields.get(base.var)?.label : undefined;
  const rawLatest = rawVersions.find((v) => v.version === latest?.version);
  return {
    names: measureNames(m.code),
    policy: info.code,
    clause: m.info.clause,
    name: m.info.name,
    summary: m.info.summary,
    clauseText: m.info.clauseText,
    section: { code: m.info.section, label: info.sections.find((s) => s.code === m.info.section)!.label },
    units: m.info.units.map((code) => info.units.find((u) => u.code === code)!),
    family: m.info.family,
    applicants: m.info.applicants ?? [],
    sourceFile,
    schema: inlineRefs(schema, schemas),
    hasForm: Object.keys((schema.properties ?? {}) as Json).length > 0,
    fields,
    listFields: fields.filter((f) => f.ui.list).map((f) => f.path),
    filterFields: fields.filter((f) => f.ui.filter).map((f) => f.path),
    parameters: Object.entries(m.parameters).map(([name, def]) => ({ name, ...def })),
    versions: rawVersions.map((v) => ({
      version: String(v.version),
      effectiveFrom: String(v.effectiveFrom),
      effectiveTo: v.effectiveTo as string | undefined,
      note: v.note as Label | undefined,
      values: v.values as Json,
    })),
    eligibility: m.eligibility.map((r) => ({ code: r.code, label: r.label, reason: r.reason })),
    formula: describeFormula(award, (rawLatest?.values ?? {}) as Json, types, baseLabel ? withoutUnit(baseLabel) : undefined, (path) => {
      const label = m.fields.get(path)?.label;
      return label && withoutUnit(label);
    }),
    budget: policy.budgetOf(m.code),
    exclusivityGroup: policy.groupOf(m.code),
    rubric: m.rubric,
    order: Number((schema['x-ui'] as Json | undefined)?.order ?? 999),
  };
}

export { formatProblem };
