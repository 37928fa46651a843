import type { GeneratedFile, MeasureIR, PolicyIR } from '../../ir/ir.types';
import { tsBanner } from '../../pipeline/banner';
import { emitValidators } from '../contracts/validators.emit';

type Json = Record<string, unknown>;

/** Where a measure's offline engine is generated; the package exports it as `@pioneer/sdk/offline/<code>`. */
export const OFFLINE_DIR = 'libs/sdk/src/generated/offline';

type Listing = Json & { measures: string[] };

/** The policy's budgets or no-double-dipping groups that name `code`. */
function naming(entries: unknown, code: string): Listing[] {
  return ((entries as Listing[] | undefined) ?? []).filter((e) => e.measures.includes(code));
}

/**
 * The policy reduced to one measure: its budget keeps only that measure; its no-double-dipping
 * groups keep every member, this policy's and other policies' (`<policy>/<measure>`), because an
 * award of any member in the funding history refuses this one (P1). The members left out of the
 * bundle are compiled as omitted (`omittedOf`).
 */
function policyFor(policy: PolicyIR, code: string): Json {
  const json = policy.bundle.policy as Json;
  return {
    ...json,
    budgets: naming(json.budgets, code).map((b) => ({ ...b, measures: [code] })),
    exclusivityGroups: naming(json.exclusivityGroups, code),
  };
}

/** This policy's other measures that the groups of `code` name: the bundle leaves them out. */
function omittedOf(policy: PolicyIR, code: string): string[] {
  const own = `${policy.code}/`;
  const members = naming((policy.bundle.policy as Json).exclusivityGroups, code).flatMap((g) => g.measures);
  return [...new Set(members.filter((ref) => !ref.includes('/') || ref.startsWith(own)).map((ref) => ref.replace(own, '')))]
    .filter((m) => m !== code)
    .sort();
}

function omittedArgument(policy: PolicyIR, code: string): string {
  const omitted = omittedOf(policy, code);
  return omitted.length ? `, ${JSON.stringify(omitted)}` : '';
}

function emitOne(policy: PolicyIR, m: MeasureIR): GeneratedFile[] {
  const id = String(m.schema.$id);
  const source = policy.bundle.measures.find((s) => (s.json as Json).$id === id);
  if (!source) throw new Error(`measure ${m.names.code}: no schema with $id ${id} in the policy bundle`);
  const alone: PolicyIR = { ...policy, measures: [m], bundle: { ...policy.bundle, measures: [source] } };
  const validator = { ...emitValidators([alone]), path: `${OFFLINE_DIR}/${m.names.code}.validator.gen.ts` };
  const bundle = {
    policy: { file: `${policy.folder}/policy.json`, json: policyFor(policy, m.names.code) },
    measures: [source],
    common: policy.bundle.common,
    meta: [],
  };
  const type = m.hasForm ? m.names.typeName : 'JsonObject';
  const content = [
    tsBanner([m.sourceFile]),
    m.hasForm ? `import type { ${type} } from '@pioneer/contracts';` : "import type { JsonObject } from '../../lib/types';",
    "import type { PolicyBundle } from '@pioneer/engine';",
    "import { offlineMeasure } from '../../lib/offline/offline-measure';",
    `import { VALIDATORS } from './${m.names.code}.validator.gen';`,
    '',
    `const BUNDLE: PolicyBundle = ${JSON.stringify(bundle)};`,
    '',
    `/** (${m.clause}) ${m.name['zh-CN']} · ${m.name.en}: this measure's engine, offline. */`,
    `export const ${m.names.camel} = /* @__PURE__ */ offlineMeasure<${type}>(${JSON.stringify(m.names.code)}, BUNDLE, VALIDATORS${omittedArgument(policy, m.names.code)});`,
    `export default ${m.names.camel};`,
    '',
  ].join('\n');
  return [validator, { path: `${OFFLINE_DIR}/${m.names.code}.gen.ts`, content, formatted: true }];
}

/**
 * One offline engine per measure, each with only its own schema and precompiled validator, so a
 * page that shows one measure downloads one measure (`import … from '@pioneer/sdk/offline/<code>'`).
 */
export function emitOffline(policies: PolicyIR[]): GeneratedFile[] {
  const sorted = policies.flatMap((p) => [...p.measures].sort((a, b) => a.names.code.localeCompare(b.names.code)).map((m) => ({ p, m })));
  return [...sorted.flatMap(({ p, m }) => emitOne(p, m)), emitLoaders(sorted.map(({ m }) => m))];
}

/**
 * `@pioneer/sdk/offline`: the measure code → a dynamic import of its engine, for UIs that learn
 * the measure at run time (`<pioneer-apply measure="…">`) and still download only that one.
 */
function emitLoaders(measures: MeasureIR[]): GeneratedFile {
  const content = [
    tsBanner(measures.map((m) => m.sourceFile)),
    "import type { OfflineMeasure } from '../../lib/offline/offline-measure';",
    '',
    '/** Measure code → the import of its offline engine (one chunk per measure). */',
    'export const OFFLINE_MEASURES: Readonly<Record<string, () => Promise<OfflineMeasure>>> = {',
    ...measures.map(
      (m) => `  ${JSON.stringify(m.names.code)}: () => import('./${m.names.code}.gen').then((module) => module.default as OfflineMeasure),`,
    ),
    '};',
    '',
  ].join('\n');
  return { path: `${OFFLINE_DIR}/loaders.gen.ts`, content };
}
