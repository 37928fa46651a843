import { compile, type Options } from 'json-schema-to-typescript';
import { inlineRefs } from '@pioneer/engine';
import type { GeneratedFile, MeasureIR, PolicyIR } from '../../ir/ir.types';
import { pascalCase } from '../../ir/names';
import { tsBanner } from '../../pipeline/banner';
import { isAnnotation, stableStringify, stripAnnotations } from './schema-walk.util';

type Json = Record<string, unknown>;
type Label = { 'zh-CN': string; en: string };

const TYPES_DIR = 'libs/contracts/src/generated/types';
/** Not a measure code (codes are kebab-case letters and digits), so it never collides with one. */
const COMMON_FILE = '_common';

const J2T_OPTIONS: Partial<Options> = {
  bannerComment: '',
  // prettier runs once over every generated file at the end of the pipeline.
  format: false,
  // minItems/maxItems as tuples make unusable types (and drafts): plain arrays.
  ignoreMinAndMaxItems: true,
  unknownAny: true,
  strictIndexSignatures: true,
  declareExternallyReferenced: true,
  // Schemas arrive with every $ref inlined; never let the resolver reach a file or the network.
  $refOptions: { resolve: { http: false, file: false } } as Options['$refOptions'],
};

/** Type names handed out in this run: every name is exported from one index, so each must be unique. */
class TypeNames {
  private readonly taken = new Set<string>();

  claim(wanted: string): string {
    let name = wanted;
    for (let n = 2; this.taken.has(name); n++) name = `${wanted}${n}`;
    this.taken.add(name);
    return name;
  }
}

/** A shared definition (schemas/common) as a type: its name and what it accepts, to recognise it once inlined. */
interface SharedType {
  name: string;
  shape: string;
  schema: Json;
  source: string;
}

interface Conversion {
  shared: Map<string, SharedType>;
  names: TypeNames;
  /** Shared types the converted schema refers to (to import them). */
  used: Set<string>;
}

const isObject = (value: unknown): value is Json => !!value && typeof value === 'object' && !Array.isArray(value);
/** What a schema accepts, as a comparable string (identity and documentation left out). */
const shapeOf = ({ $id: _id, $schema: _schema, ...schema }: Json) => stableStringify(stripAnnotations(schema));
/** An identifier part from a property name: `providerCreditCode` → `ProviderCreditCode`. */
const part = (key: string) => pascalCase(key.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '')).replace(/^(\d)/, '_$1') || 'Field';

/** The JSDoc of a field: its bilingual label (what forms show), then its English description. */
function docOf(node: Json): string | undefined {
  const label = node['x-label'] as Label | undefined;
  const lines = [
    label ? `${label['zh-CN']} · ${label.en}` : undefined,
    typeof node.description === 'string' ? node.description : undefined,
  ];
  const doc = lines.filter(Boolean).join('\n\n');
  return doc || undefined;
}

/**
 * Rewrites one schema for json-schema-to-typescript, which names types from `title`: the titles
 * of the schema files are dropped (they would repeat `Organisation` in every measure, or become
 * `NoName1` when missing), each object with properties is titled by its path
 * (`ComputeVoucherContract`), and a subschema that is exactly a shared definition becomes a
 * reference to the shared type (`tsType`). Labels and descriptions become the JSDoc.
 */
function convert(node: Json, stem: string, rootName: string | undefined, ctx: Conversion): Json {
  const shared = typeof node.title === 'string' ? ctx.shared.get(node.title) : undefined;
  const doc = docOf(node);
  if (!rootName && shared && shared.shape === shapeOf(node)) {
    ctx.used.add(shared.name);
    return { tsType: shared.name, ...(doc ? { description: doc } : {}) };
  }
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (isAnnotation(key) || key === '$id' || key === '$schema') continue;
    if ((key === 'properties' || key === 'patternProperties') && isObject(value)) {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, child]) => [
          name,
          isObject(child) ? convert(child, `${stem}${part(name)}`, undefined, ctx) : child,
        ]),
      );
    } else if (key === 'items' && isObject(value)) out[key] = convert(value, `${stem}Item`, undefined, ctx);
    else if (['additionalProperties', 'not', 'contains', 'unevaluatedProperties'].includes(key) && isObject(value))
      out[key] = convert(value, `${stem}Value`, undefined, ctx);
    else if (['allOf', 'anyOf', 'oneOf', 'prefixItems', 'items'].includes(key) && Array.isArray(value)) {
      out[key] = value.map((child, i) => (isObject(child) ? convert(child, `${stem}${i + 1}`, undefined, ctx) : child));
    } else out[key] = value;
  }
  const hasProperties = isObject(node.properties) && Object.keys(node.properties).length > 0;
  if (rootName) out.title = rootName;
  else if (hasProperties) out.title = ctx.names.claim(stem);
  if (doc) out.description = doc;
  return out;
}

async function toTypeScript(schema: Json, name: string): Promise<string> {
  return compile(schema as Parameters<typeof compile>[0], name, J2T_OPTIONS);
}

/** Every titled schema of schemas/common, inlined, keyed by title (first policy wins: common/ is shared). */
function sharedDefinitions(policies: PolicyIR[], names: TypeNames): Map<string, SharedType> {
  const byId = new Map<string, { json: Json; file: string }>();
  for (const p of policies) for (const s of p.bundle.common) byId.set(String((s.json as Json).$id), { json: s.json as Json, file: s.file });
  const schemas = new Map([...byId].map(([id, s]) => [id, s.json]));
  const shared = new Map<string, SharedType>();
  for (const [, { json, file }] of [...byId].sort(([a], [b]) => a.localeCompare(b))) {
    if (typeof json.title !== 'string') continue;
    if (shared.has(json.title))
      throw new Error(
        `two shared schemas are titled '${json.title}' (${shared.get(json.title)!.source}, ${file}): titles name generated types, so they must be unique`,
      );
    const schema = inlineRefs(json, schemas);
    shared.set(json.title, { name: names.claim(json.title), shape: shapeOf(schema), schema, source: `schemas/${file}` });
  }
  return shared;
}

function importLine(used: Set<string>, from: string): string[] {
  return used.size ? [`import type { ${[...used].sort().join(', ')} } from '${from}';`, ''] : [];
}

async function commonTypes(shared: Map<string, SharedType>, names: TypeNames): Promise<GeneratedFile> {
  const parts: string[] = [];
  for (const def of shared.values()) {
    // Inside a shared type (Organisation), other shared types (ShenzhenDistrict) are referenced.
    const ctx: Conversion = { shared, names, used: new Set() };
    parts.push(await toTypeScript(convert(def.schema, def.name, def.name, ctx), def.name));
  }
  const sources = [...shared.values()].map((s) => s.source);
  return { path: `${TYPES_DIR}/${COMMON_FILE}.gen.ts`, content: [tsBanner(sources), ...parts].join('\n') };
}

async function measureTypes(m: MeasureIR, shared: Map<string, SharedType>, names: TypeNames): Promise<GeneratedFile> {
  const ctx: Conversion = { shared, names, used: new Set() };
  // The root's name is fixed in the IR (`<Pascal>Application`); its parts are named by path.
  const schema = convert(m.schema, m.names.pascal, m.names.typeName, ctx);
  const body = await toTypeScript(schema, m.names.typeName);
  return {
    path: `${TYPES_DIR}/${m.names.file}.gen.ts`,
    content: [tsBanner([m.sourceFile]), ...importLine(ctx.used, `./${COMMON_FILE}.gen`), body].join('\n'),
  };
}

/**
 * TypeScript types of every application form (json-schema-to-typescript over `MeasureIR.schema`):
 * one file per measure exporting `<Pascal>Application` and its named parts, the shared
 * definitions once in `types/_common.gen.ts`, and `types.gen.ts` re-exporting all of them with
 * `MeasureApplications`, the map from measure code to application type.
 */
export async function emitTypes(policies: PolicyIR[]): Promise<GeneratedFile[]> {
  const names = new TypeNames();
  const measures = policies.flatMap((p) => p.measures).filter((m) => m.hasForm);
  measures.sort((a, b) => a.names.code.localeCompare(b.names.code));
  for (const m of measures) names.claim(m.names.typeName);
  const shared = sharedDefinitions(policies, names);
  const files = [await commonTypes(shared, names)];
  for (const m of measures) files.push(await measureTypes(m, shared, names));
  const index = [
    tsBanner(policies.map((p) => `${p.folder}/`)),
    `export type * from './types/${COMMON_FILE}.gen';`,
    ...measures.map((m) => `export type * from './types/${m.names.file}.gen';`),
    '',
    ...measures.map((m) => `import type { ${m.names.typeName} } from './types/${m.names.file}.gen';`),
    '',
    '/** Measure code → the type of its application form (measures with a form only). */',
    'export interface MeasureApplications {',
    ...measures.map((m) => `  ${JSON.stringify(m.names.code)}: ${m.names.typeName};`),
    '}',
    '',
    '/** The code of a measure one can apply to. */',
    'export type ApplicationMeasureCode = keyof MeasureApplications;',
    '',
  ].join('\n');
  files.push({ path: 'libs/contracts/src/generated/types.gen.ts', content: index });
  return files;
}
