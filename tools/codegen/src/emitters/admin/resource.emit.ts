import { formOnly } from '@pioneer/engine';
import type { FieldIR, GeneratedFile, MeasureIR } from '../../ir/ir.types';
import { tsBanner } from '../../pipeline/banner';
import { ADMIN_ROOT, enumKey, fieldOf, fieldSource, iconOf, RECORD_FIELDS } from './admin-names';

const q = (value: unknown): string => JSON.stringify(value);

/** Column component for a list field, by the field's type (react-admin or apps/admin's own). */
/** react-admin components by field type: [list column, filter input]. */
const WIDGETS: Record<string, [field: string, input: string]> = {
  money: ['MoneyField', 'MoneyInput'],
  date: ['DayField', 'DateInput'],
  boolean: ['BooleanField', 'NullableBooleanInput'],
  integer: ['NumberField', 'NumberInput'],
  number: ['NumberField', 'NumberInput'],
};
const TEXT: [string, string] = ['TextField', 'TextInput'];

function column(field: FieldIR): { tag: string; props: string } {
  const source = `source=${q(fieldSource(field.path))} sortable={false}`;
  // Columns of the form's data cannot be sorted by the API (it sorts by record columns).
  if (field.enum) return { tag: 'SelectField', props: `${source} choices={choices[${q(field.path)}]}` };
  return { tag: (WIDGETS[field.type] ?? TEXT)[0], props: source };
}

/**
 * Filter input for a filter field, by the field's type. A field the policy names as a subject
 * (the applicant's id, its district) is a column of every application record, so it filters on
 * that column; other fields filter on `data.<path>`.
 */
function filterInput(m: MeasureIR, field: FieldIR, subjects: Record<string, string>): { tag: string; props: string } {
  const column = Object.entries(subjects).find(([name, path]) => path === field.path && name in RECORD_FIELDS)?.[0];
  const label = column ? ` label=${q(`resources.${m.names.code}.fields.${fieldSource(field.path)}`)}` : '';
  const source = `key=${q(field.path)} source=${q(column ?? fieldSource(field.path))}${label}`;
  if (field.enum) return { tag: 'SelectInput', props: `${source} choices={choices[${q(field.path)}]}` };
  return { tag: (WIDGETS[field.type] ?? TEXT)[1], props: source };
}

// Dates show as YYYY-MM-DD (with HH:mm for instants) whatever the browser's locale.
const APP_COMPONENTS = new Set(['MoneyField', 'MoneyInput', 'DayField', 'DateTimeField']);

/**
 * One react-admin resource per measure: list columns and filters from the schema's hints, then
 * show, create and edit through apps/admin's schema-driven components. Logic stays hand-written;
 * this file only says which fields go where.
 */
export function emitResource(m: MeasureIR, subjects: Record<string, string>): GeneratedFile {
  const code = m.names.code;
  const columns = m.listFields.map((path) => column(fieldOf(m, path)));
  const filters = m.filterFields.map((path) => filterInput(m, fieldOf(m, path), subjects));
  const enumFields = [...new Set([...m.listFields, ...m.filterFields])].map((path) => fieldOf(m, path)).filter((f) => f.enum);
  const used = new Set([...columns, ...filters].map((c) => c.tag));
  const raImports = [...used].filter((t) => !APP_COMPONENTS.has(t));
  const appImports = [...used].filter((t) => APP_COMPONENTS.has(t)).concat('MoneyField', 'DateTimeField');
  const sorted = (names: string[]) => [...new Set(names)].sort();
  const choices = Object.fromEntries(enumFields.map((f) => [f.path, (f.enum ?? []).map((value) => ({ id: value, name: enumKey(code, f.path, value) }))]));
  const P = m.names.pascal;
  const content = [
    tsBanner([m.sourceFile]),
    `import ${iconOf(m)}Icon from '@mui/icons-material/${iconOf(m)}';`,
    ...(raImports.length > 0 ? [`import { ${sorted(raImports).join(', ')} } from 'react-admin';`] : []),
    `import { ApplicationCreate, ApplicationEdit, ApplicationList, ApplicationShow, ${sorted(appImports).join(', ')}, StatusField, StatusInput, type ResourceOptions } from '../../applications';`,
    '',
    '/** The form\'s schema, loaded when a form or record of this measure first opens. */',
    `const schema = () => import('../schemas/${m.names.file}.gen');`,
    '',
    `const choices: Record<string, Array<{ id: string; name: string }>> = ${q(choices)};`,
    '',
    'const filters = [',
    ...filters.map((f) => `  <${f.tag} ${f.props} />,`),
    '  <StatusInput key="status" source="status" alwaysOn />,',
    '];',
    '',
    `const ${P}List = () => (`,
    '  <ApplicationList filters={filters}>',
    ...columns.map((c) => `    <${c.tag} ${c.props} />`),
    '    <StatusField source="status" />',
    '    <MoneyField source="amount" />',
    '    <DateTimeField source="submittedAt" />',
    '  </ApplicationList>',
    ');',
    '',
    `const ${P}Show = () => <ApplicationShow schema={schema} />;`,
    `const ${P}Create = () => <ApplicationCreate schema={schema} />;`,
    `const ${P}Edit = () => <ApplicationEdit schema={schema} />;`,
    '',
    `export const list = ${P}List;`,
    `export const show = ${P}Show;`,
    `export const create = ${P}Create;`,
    `export const edit = ${P}Edit;`,
    `export const icon = ${iconOf(m)}Icon;`,
    `export const options: ResourceOptions = ${q({ label: `resources.${code}.name`, policy: m.policy, section: m.section.code, clause: m.clause, order: m.order })};`,
    '',
  ].join('\n');
  return { path: `${ADMIN_ROOT}/resources/${m.names.file}.gen.tsx`, content };
}

/** The measure's inlined JSON Schema, as the schema-driven form and show view read it. */
export function emitSchema(m: MeasureIR): GeneratedFile {
  const schema = formOnly(m.schema);
  const content = [tsBanner([m.sourceFile]), "import type { JsonSchema } from '../../forms';", '', `export const schema: JsonSchema = ${q(schema)};`, ''].join('\n');
  return { path: `${ADMIN_ROOT}/schemas/${m.names.file}.gen.ts`, content };
}
