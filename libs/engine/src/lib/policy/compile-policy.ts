import type Ajv2020 from 'ajv/dist/2020';
import type { RefResolver } from '../fields';
import { compileMeasure, type CompiledMeasure } from '../measure/compile-measure';
import type {
  Decision,
  EvaluationContext,
  FundingRecord,
  Label,
  MatchResult,
  PolicyBundle,
  SchemaProblem,
  ValidationIssue,
} from '../types';
import { checkCrossReferences } from './cross-references';
import { formatLimitProblems } from './format-limits';
import { metaProblems } from './meta-problems';
import { measureWarnings, placeholderWarnings } from '../measure/measure-warnings';
import { createAjv, localiseErrors, type ValidateFunction } from '../validation';
import { evaluateApplication, type PolicyLookups } from './evaluate';
import { checkValidity, pathReader } from './policy-rules';
import { matchMeasure } from './match';
import type { Budget, ExclusivityGroup, PolicyInfo } from './policy.types';

type Json = Record<string, unknown>;

export const MEASURE_META_ID = 'https://schemas.pioneer.dev/meta/measure.schema.json';
export const POLICY_META_ID = 'https://schemas.pioneer.dev/meta/policy.schema.json';

/** Thrown by `measure()` for a code the policy does not have. */
export class UnknownMeasureError extends Error {
  constructor(
    readonly code: string,
    known: string[],
  ) {
    super(`unknown measure '${code}' (known: ${known.join(', ')})`);
  }
}

export interface CompileOptions {
  /**
   * Precompiled validators by measure code (from the generated contracts), so that a browser
   * under a strict Content-Security-Policy never compiles a schema. Without them, ajv compiles.
   */
  validators?: Record<string, (data: unknown) => boolean>;
  /**
   * The bundle was checked against the meta-schemas when it was generated: skip that check. With
   * validators for every measure, no ajv is created and no code is compiled at run time.
   */
  checked?: boolean;
  /**
   * Measures of this policy left out of the bundle on purpose (the SDK's one-measure engines): the
   * policy file may still name them in its exclusivity groups, whose awards reach the engine only
   * through the funding history, which names them by code.
   */
  omittedMeasures?: readonly string[];
}

/** A policy ready to evaluate and match. Plain data in, plain data out; safe to share. */
export class CompiledPolicy {
  readonly measures = new Map<string, CompiledMeasure>();
  private readonly groups = new Map<string, ExclusivityGroup>();
  private readonly budgets = new Map<string, Budget>();
  readonly subjects: PolicyLookups['subjects'];
  private readonly evidencePointer: string | undefined;

  constructor(
    readonly info: PolicyInfo,
    measures: CompiledMeasure[],
    /** The policy file, as problems name it. */
    readonly file = 'policy.json',
  ) {
    for (const m of measures) this.measures.set(m.code, m);
    // Keys: this policy's codes, and `policy/measure` for another policy's (a record names its policy).
    const ownPrefix = `${info.code}/`;
    for (const g of info.exclusivityGroups)
      for (const ref of g.measures) this.groups.set(ref.startsWith(ownPrefix) ? ref.slice(ownPrefix.length) : ref, g);
    for (const b of info.budgets) for (const code of b.measures) this.budgets.set(code, b);
    const { applicantId, projectRef, auditedInvestment, declaredSupport } = info.subjects;
    this.subjects = {
      applicantId: pathReader(applicantId),
      projectRef: pathReader(projectRef),
      auditedInvestment: pathReader(auditedInvestment),
      declaredSupport: pathReader(declaredSupport),
    };
    this.evidencePointer = info.subjects.evidence === undefined ? undefined : `/${info.subjects.evidence.split('.').join('/')}`;
  }

  /** Whether a validation issue at this pointer is about evidence (`subjects.evidence`), which asks for 补正 rather than refusing. */
  isEvidence(pointer: string): boolean {
    const root = this.evidencePointer;
    return root !== undefined && (pointer === root || pointer.startsWith(`${root}/`));
  }

  /** The measure with this code; throws UnknownMeasureError naming the known codes. */
  measure(code: string): CompiledMeasure {
    const m = this.measures.get(code);
    if (!m) throw new UnknownMeasureError(code, [...this.measures.keys()]);
    return m;
  }

  /** The key that identifies what an application of this measure asks support for (x-identity, else the project reference). */
  identityOf(code: string, application: unknown): string | undefined {
    const m = this.measure(code);
    const key = m.identity ? m.identity.read(application) : this.subjects.projectRef(application);
    return typeof key === 'string' ? key : undefined;
  }

  /** A measure's name in each language, to name it in reasons (never its code inside a Chinese sentence). */
  measureName(code: string): Label | undefined {
    return this.measures.get(code)?.info.name;
  }

  groupOf(code: string): ExclusivityGroup | undefined {
    return this.groups.get(code);
  }

  /** The exclusivity group a funding record belongs to: the one it declares, else its measure's (`policy/measure` for another policy's). */
  groupCodeOf(record: FundingRecord): string | undefined {
    if (record.exclusivityGroup) return record.exclusivityGroup;
    if (!record.measure) return undefined;
    const foreign = record.policy !== undefined && record.policy !== this.info.code;
    return this.groups.get(foreign ? `${record.policy}/${record.measure}` : record.measure)?.code;
  }

  /** The annual budget a measure draws on (P2), if the policy gives one. */
  budgetOf(code: string): Budget | undefined {
    return this.budgets.get(code);
  }

  /** Validation issues of an application, located by JSON pointer, in both languages. */
  validate(code: string, application: unknown): ValidationIssue[] {
    return this.measure(code).validate(application);
  }

  /** Decision and trace for one application. */
  evaluate(code: string, application: unknown, ctx: EvaluationContext): Decision {
    return evaluateApplication(this, this.measure(code), application, ctx);
  }

  /** Every measure against a profile (a partial application such as `{ applicant }`), in clause order. */
  match(profile: unknown, asOf: string): MatchResult[] {
    const results: MatchResult[] = [];
    const open = checkValidity(this.info, asOf).passed === true;
    for (const m of this.measures.values()) results.push({ policy: this.info.code, ...matchMeasure(m, profile, asOf, open) });
    return results;
  }
}

function resolverFor(shared: Map<string, Json>): RefResolver {
  return (ref, base) => {
    const uri = new URL(ref, base).href;
    const [id, fragment] = uri.split('#');
    const schema = shared.get(id);
    if (!schema) return undefined;
    if (!fragment) return { schema, uri: id };
    let node: unknown = schema;
    for (const key of fragment.split('/').filter(Boolean)) node = (node as Json | undefined)?.[decodeURIComponent(key)];
    return node && typeof node === 'object' ? { schema: node as Json, uri: id } : undefined;
  };
}

/**
 * Checks and compiles a policy bundle. Returns every problem found (file, JSON pointer, message)
 * and, when there are none, the compiled policy.
 */
export function compilePolicy(
  bundle: PolicyBundle,
  options: CompileOptions = {},
): { policy?: CompiledPolicy; problems: SchemaProblem[]; warnings: SchemaProblem[] } {
  const problems: SchemaProblem[] = [];
  // Unfinished but compiling (placeholders, unused parameters): reported by `pioneer check`, never fatal.
  const warnings: SchemaProblem[] = [];
  const shared = new Map<string, Json>();
  for (const source of [...bundle.meta, ...bundle.common]) {
    const id = (source.json as Json)?.$id;
    if (typeof id !== 'string') problems.push({ file: source.file, pointer: '/$id', message: 'a shared schema needs an $id' });
    else shared.set(id, source.json as Json);
  }
  // ajv compiles code with new Function: it is created only to check an unchecked bundle against
  // the meta-schemas, or to compile a form that has no precompiled validator.
  let ajv: Ajv2020 | undefined;
  const getAjv = (): Ajv2020 => {
    if (!ajv) {
      ajv = createAjv();
      for (const [id, json] of shared) ajv.addSchema(json, id);
    }
    return ajv;
  };
  const accept = () => true;
  const policyMeta = options.checked ? accept : getAjv().getSchema(POLICY_META_ID);
  const measureMeta = options.checked ? accept : getAjv().getSchema(MEASURE_META_ID);
  if (!policyMeta || !measureMeta) {
    problems.push({
      file: 'meta',
      pointer: '',
      message: 'the meta-schemas (meta/policy.schema.json, meta/measure.schema.json) are missing',
    });
    return { problems, warnings };
  }
  const policyFile = bundle.policy.file;
  if (!policyMeta(bundle.policy.json)) {
    problems.push(...metaProblems(policyFile, (policyMeta as ValidateFunction).errors));
    return { problems, warnings };
  }
  const info = bundle.policy.json as PolicyInfo;
  warnings.push(...placeholderWarnings(policyFile, bundle.policy.json));
  const applicantRoot = info.subjects.applicantId.split('.')[0];
  const resolve = resolverFor(shared);
  const compiled: CompiledMeasure[] = [];
  const seen = new Map<string, string>();
  // Every code a measure file declares, even one with problems: the policy file's references to
  // it are then not reported again as references to an undefined measure.
  const declared = new Set<string>();
  for (const source of bundle.measures) {
    const json = source.json as Json;
    const code = (json?.['x-measure'] as Json | undefined)?.code;
    if (typeof code === 'string') declared.add(code);
    if (!measureMeta(json)) {
      problems.push(...metaProblems(source.file, (measureMeta as ValidateFunction).errors));
      continue;
    }
    const before = problems.length;
    warnings.push(...measureWarnings(source.file, json));
    const measure = compileMeasure(source.file, json, resolve, applicantRoot, problems);
    const expectedName = `${measure.code}.json`;
    if (!source.file.endsWith(`/${expectedName}`) && source.file !== expectedName) {
      problems.push({
        file: source.file,
        pointer: '/x-measure/code',
        message: `the file of measure '${measure.code}' must be named ${expectedName}`,
      });
    }
    if (seen.has(measure.code))
      problems.push({
        file: source.file,
        pointer: '/x-measure/code',
        message: `measure code '${measure.code}' is also used by ${seen.get(measure.code)}`,
      });
    seen.set(measure.code, source.file);
    let validator: ValidateFunction | ((data: unknown) => boolean) | undefined = options.validators?.[measure.code];
    if (!validator) {
      try {
        validator = getAjv().compile(json);
      } catch (error) {
        const located = formatLimitProblems(source.file, json);
        problems.push(
          ...(located.length
            ? located
            : [{ file: source.file, pointer: '', message: `the form is not a valid JSON Schema: ${(error as Error).message}` }]),
        );
      }
    }
    if (validator) {
      const check = validator as ValidateFunction;
      measure.validate = (application) => (check(application) ? [] : localiseErrors(check.errors, measure.labelFor));
    }
    if (problems.length === before) compiled.push(measure);
  }
  for (const code of options.omittedMeasures ?? []) declared.add(code);
  checkCrossReferences(info, policyFile, compiled, declared, problems);
  const order = (m: CompiledMeasure) => Number((m.schema['x-ui'] as Json | undefined)?.order ?? 999);
  compiled.sort(
    (a, b) => order(a) - order(b) || a.info.clause.localeCompare(b.info.clause, 'en', { numeric: true }) || a.code.localeCompare(b.code),
  );
  if (problems.length) return { problems, warnings };
  return { policy: new CompiledPolicy(info, compiled, policyFile), problems, warnings };
}
