import { compileExpression, escapePointer } from '../../expression/compile-expression';
import type { CompiledExpression, ExprProblem, ExprType, ExpressionEnv } from '../../expression/expression.types';
import { AWARD_FAMILIES, type CompiledAward } from '../award';
import { compileSplit, type CompiledSplit } from '../award/split';
import type { AwardCompileEnv } from '../award/award.types';
import { collectFields, type FieldEntry, type RefResolver } from '../fields';
import { t, withoutUnit } from '../messages';
import { checkRubric, type Rubric } from '../rubric';
import type { Label, MeasureFamily, SchemaProblem, ValidationIssue } from '../types';
import { labelLookup } from '../validation';
import {
  compileCapScope,
  compileIdentity,
  compileRepeat,
  compileSupport,
  type CompiledCapScope,
  type CompiledIdentity,
  type CompiledRepeat,
  type CompiledSupport,
} from './history-keywords';
import { PARAMETER_EXPR_TYPE, parseVersions, type ParameterDef, type ParameterVersion } from './parameters';

type Json = Record<string, unknown>;

/** The measure's metadata (`x-measure`). */
export interface MeasureInfo {
  code: string;
  clause: string;
  name: Label;
  summary: Label;
  section: string;
  units: string[];
  family: MeasureFamily;
  applicants?: string[];
  clauseText: Label;
}

export interface CompiledRule {
  code: string;
  label: Label;
  reason: Label;
  when: CompiledExpression;
  /** Reads only the applicant and the date, so the matcher can decide it from a profile. */
  profileOnly: boolean;
  /** The parameters of the rule's "met" trace line, made once: decisions share them (they are read, never changed). */
  metParams: { label: Label };
  /** When `when` fails but this holds (an "other" in a list the text ends with 等), the reviewers decide. */
  refer?: { when: CompiledExpression; reason: Label };
}

/** A measure ready to run: everything checked, every expression a closure. */
export interface CompiledMeasure {
  file: string;
  code: string;
  info: MeasureInfo;
  /** The measure file as written (the generator reads its form and hints). */
  schema: Json;
  fields: Map<string, FieldEntry>;
  parameters: Record<string, ParameterDef>;
  versions: ParameterVersion[];
  conditions: Record<string, { label: Label; compiled: CompiledExpression }>;
  eligibility: CompiledRule[];
  award: CompiledAward | null;
  rubric?: Rubric;
  /** What identifies the supported thing (x-identity); absent: the policy's project reference. */
  identity?: CompiledIdentity;
  /** How often the same thing may be supported (x-repeat). */
  repeat?: CompiledRepeat;
  /** Whose cap it is (x-award.capScope); absent: the cap is per application. */
  capScope?: CompiledCapScope;
  /** Form fields declaring senior support for the project (x-support), for the cumulative cap. */
  support: CompiledSupport[];
  /** Who pays what part of the award (x-award.split). */
  split?: CompiledSplit;
  labelFor: (pointer: string) => Label | undefined;
  /** Measures its expressions read the awards of (`awarded`): `code` or `policy/code`, checked by the policy and the policy set. */
  measureRefs: Array<{ ref: string; pointer: string }>;
  /** Set by the policy once ajv has compiled the form. */
  validate: (application: unknown) => ValidationIssue[];
}

/** Field paths an expression reads (to tell profile-only rules from the rest). */
function fieldsRead(expr: unknown, out: string[] = [], conditions?: Json): string[] {
  if (Array.isArray(expr)) expr.forEach((e) => fieldsRead(e, out, conditions));
  else if (expr && typeof expr === 'object') {
    for (const [op, arg] of Object.entries(expr)) {
      if ((op === 'var' || op === 'present' || op === 'count') && typeof arg === 'string') out.push(arg);
      else if (op === 'cond' && typeof arg === 'string' && conditions?.[arg]) fieldsRead((conditions[arg] as Json).when, out, undefined);
      else fieldsRead(arg, out, conditions);
    }
  }
  return out;
}

/**
 * Compiles one measure file (already valid against the meta-schema): flattens its form, parses
 * its parameter versions, type-checks and compiles its conditions, eligibility rules and award.
 * Every problem is reported with the file and the JSON pointer.
 */
export function compileMeasure(
  file: string,
  schema: Json,
  resolve: RefResolver,
  applicantRoot: string,
  problems: SchemaProblem[],
): CompiledMeasure {
  const info = schema['x-measure'] as MeasureInfo;
  const fields = collectFields(schema, String(schema.$id), resolve);
  const parameters = (schema['x-parameters'] ?? {}) as Record<string, ParameterDef>;
  const versions = parseVersions(file, parameters, (schema['x-versions'] ?? []) as Json[], problems);
  const conditionDefs = (schema['x-conditions'] ?? {}) as Record<string, { label: Label; when: unknown }>;
  const conditions: CompiledMeasure['conditions'] = {};
  const compiling = new Set<string>();
  const report = (list: ExprProblem[]) => list.forEach((p) => problems.push({ file, ...p }));
  const measureRefs: CompiledMeasure['measureRefs'] = [];

  const env: ExpressionEnv = {
    field: (path) => fields.get(path),
    fieldPaths: () => [...fields.keys()].filter((p) => !p.includes('[]')),
    param: (name) => (parameters[name] ? PARAMETER_EXPR_TYPE[parameters[name].type] : undefined),
    paramNames: () => Object.keys(parameters),
    conditionNames: () => Object.keys(conditionDefs),
    measureRef: (ref, pointer) => measureRefs.push({ ref, pointer }),
    condition(name, sink) {
      if (conditions[name]) return conditions[name].compiled;
      const def = conditionDefs[name];
      if (!def) return undefined;
      if (compiling.has(name)) {
        sink.push({ pointer: `/x-conditions/${name}/when`, message: `condition '${name}' refers to itself` });
        return { type: 'error', fn: () => false, usesScore: false };
      }
      compiling.add(name);
      const compiled = compileExpression(def.when, `/x-conditions/${name}/when`, env, sink);
      compiling.delete(name);
      if (compiled.type !== 'boolean' && compiled.type !== 'error')
        sink.push({ pointer: `/x-conditions/${name}/when`, message: `type error: a condition must be boolean, found ${compiled.type}` });
      conditions[name] = { label: def.label, compiled };
      return compiled;
    },
  };

  const expr = (e: unknown, pointer: string, types: ExprType[]): CompiledExpression => {
    const sink: ExprProblem[] = [];
    const compiled = compileExpression(e, pointer, env, sink);
    const integerLiteralAsMoney = types.includes('money') && compiled.type === 'integer' && typeof e === 'number';
    if (compiled.type !== 'error' && !types.includes(compiled.type) && !integerLiteralAsMoney) {
      sink.push({ pointer, message: `type error: expected ${types.join(' or ')}, found ${compiled.type}` });
    }
    report(sink);
    return compiled;
  };

  for (const name of Object.keys(conditionDefs)) {
    const sink: ExprProblem[] = [];
    env.condition(name, sink);
    report(sink);
  }

  const profileRoot = `${applicantRoot}.`;
  const eligibility = ((schema['x-eligibility'] ?? []) as Json[]).map((rule, i): CompiledRule => {
    const when = expr(rule.when, `/x-eligibility/${i}/when`, ['boolean']);
    const read = fieldsRead(rule.when, [], conditionDefs as Json);
    const refer = rule.refer as { when: unknown; reason: Label } | undefined;
    return {
      code: String(rule.code),
      label: rule.label as Label,
      reason: rule.reason as Label,
      when,
      profileOnly: read.every((p) => p.startsWith(profileRoot)),
      metParams: { label: rule.label as Label },
      refer: refer && { when: expr(refer.when, `/x-eligibility/${i}/refer/when`, ['boolean']), reason: refer.reason },
    };
  });
  const seenRules = new Set<string>();
  eligibility.forEach((rule, i) => {
    if (seenRules.has(rule.code))
      problems.push({ file, pointer: `/x-eligibility/${i}/code`, message: `rule code '${rule.code}' appears twice` });
    seenRules.add(rule.code);
  });

  const awardDef = schema['x-award'] as Json;
  let award: CompiledAward | null = null;
  let split: CompiledSplit | undefined;
  if (awardDef.family !== info.family) {
    problems.push({
      file,
      pointer: '/x-award/family',
      message: `award family '${String(awardDef.family)}' differs from x-measure.family '${info.family}'`,
    });
  } else if (info.family !== 'informational') {
    const awardEnv: AwardCompileEnv = {
      expr,
      problem: (pointer, message) => problems.push({ file, pointer, message }),
      paramType: (name) => parameters[name]?.type,
      paramLabel: (name) => parameters[name]?.label ?? t(name, name),
      describe(e, fallback) {
        const node = e as Json | undefined;
        if (node && typeof node.var === 'string') return withoutUnit(fields.get(node.var)?.label ?? fallback);
        if (node && typeof node.param === 'string') return parameters[node.param]?.label ?? fallback;
        return fallback;
      },
    };
    award = AWARD_FAMILIES[info.family](awardDef, awardEnv);
    split = compileSplit(awardDef.split, awardEnv);
  }

  const identity = compileIdentity(file, schema['x-identity'] as Json | undefined, fields, problems);
  const repeat = compileRepeat(schema['x-repeat'] as Json | undefined);
  const capScope = compileCapScope(awardDef.capScope as Json | undefined, expr);
  const support = compileSupport(schema['x-support'] as Json[] | undefined, expr);
  if (repeat && !identity)
    problems.push({ file, pointer: '/x-repeat', message: 'x-repeat needs x-identity: what counts as the same thing' });
  if (capScope?.per === 'project' && !identity)
    problems.push({
      file,
      pointer: '/x-award/capScope/per',
      message: 'a cap per project needs x-identity: what counts as the same project',
    });
  const rubric = schema['x-rubric'] as Rubric | undefined;
  if (rubric) checkRubric(file, rubric, problems);
  if (award?.usesScore && !rubric)
    problems.push({ file, pointer: '/x-award', message: 'the award depends on a review score, but the measure has no x-rubric' });
  if (info.family !== 'informational' && versions.length === 0 && Object.keys(parameters).length > 0) {
    problems.push({ file, pointer: '/x-versions', message: 'parameters are declared but no version gives their values' });
  }
  if (info.family !== 'informational' && versions.length === 0) {
    problems.push({ file, pointer: '/x-versions', message: 'a measure with an award needs at least one version with effectiveFrom' });
  }

  return {
    file,
    code: info.code,
    info,
    schema,
    fields,
    parameters,
    versions,
    conditions,
    eligibility,
    award,
    rubric,
    identity,
    repeat,
    capScope,
    support,
    split,
    labelFor: labelLookup(fields.values()),
    measureRefs,
    validate: () => [],
  };
}

export { escapePointer };
