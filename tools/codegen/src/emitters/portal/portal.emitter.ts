import type { Emitter, GeneratedFile, MeasureIR } from '../../ir/ir.types';
import { tsBanner } from '../../pipeline/banner';
import { resourceMeasures } from '../admin/admin-names';

const PORTAL_ROOT = 'apps/portal/src/generated';

/**
 * Keywords a form does not need. `x-eligibility` stays: the portal shows the cross-field checks it
 * declares (start before end) under the fields, as the person types.
 */
const NOT_FOR_FORMS = new Set(['x-parameters', 'x-versions', 'x-conditions', 'x-award', 'x-rubric', 'x-identity', 'x-repeat', 'x-support']);

/** One measure's inlined form schema: its own chunk, fetched when its application form opens. */
function emitFormSchema(m: MeasureIR): GeneratedFile {
  const schema = Object.fromEntries(Object.entries(m.schema).filter(([key]) => !NOT_FOR_FORMS.has(key)));
  const content = [tsBanner([m.sourceFile]), "import type { JsonSchema } from '@pioneer/ui-forms';", '', `export const schema: JsonSchema = ${JSON.stringify(schema)};`, ''].join('\n');
  return { path: `${PORTAL_ROOT}/forms/${m.names.file}.gen.ts`, content, formatted: true };
}

/** The loaders by measure code: `import()`s, so the bundler splits one chunk per form. */
function emitFormLoaders(measures: MeasureIR[]): GeneratedFile {
  const lines = measures.map((m) => `  ${JSON.stringify(m.names.code)}: () => import('./forms/${m.names.file}.gen'),`);
  const content = [
    tsBanner(['schemas/policies/']),
    "import type { SchemaLoader } from '@pioneer/ui-forms';",
    '',
    '/** Each measure with a form: its schema, loaded on first use. */',
    'export const FORM_LOADERS: Readonly<Record<string, SchemaLoader>> = {',
    ...lines,
    '};',
    '',
  ].join('\n');
  return { path: `${PORTAL_ROOT}/form-loaders.gen.ts`, content };
}

/** apps/portal: the application form schema of each measure that takes applications. */
export const portalEmitter: Emitter = {
  name: 'portal',
  outputs: [PORTAL_ROOT],
  emit: (ir) => {
    const measures = ir.policies.flatMap((p) => resourceMeasures(p.measures));
    return [...measures.map(emitFormSchema), emitFormLoaders(measures)];
  },
};
