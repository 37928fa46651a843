import { withoutUnit, type Label, type Lang } from '@pioneer/engine';
import type { GeneratedFile, MeasureIR, PolicyIR } from '../../ir/ir.types';
import { tsBanner } from '../../pipeline/banner';
import { ADMIN_ROOT, fieldSource, RECORD_FIELDS, resourceMeasures } from './admin-names';

const LANGS: Lang[] = ['zh-CN', 'en'];

/**
 * Keys of one measure's resource. Field keys are dotted paths kept flat (`data.applicant.name`),
 * which polyglot reads as written; a parent and its children can then both have a label. Money
 * labels lose their "（分）/(fen)" suffix: the backoffice shows and takes yuan.
 */
function resourceMessages(m: MeasureIR, lang: Lang): Record<string, unknown> {
  const fields: Record<string, string> = {};
  for (const [name, label] of Object.entries(RECORD_FIELDS)) fields[name] = label[lang];
  for (const f of m.fields) fields[fieldSource(f.path)] = (f.type === 'money' ? withoutUnit(f.label) : f.label)[lang];
  const enums: Record<string, Record<string, string>> = {};
  for (const f of m.fields.filter((field) => field.enum)) {
    enums[f.path] = Object.fromEntries((f.enum ?? []).map((value) => [String(value), (f.enumLabels?.[String(value)] as Label | undefined)?.[lang] ?? String(value)]));
  }
  return { name: m.name[lang], clause: m.clause, summary: m.summary[lang], formula: m.formula[lang], fields, enums };
}

/** zh-CN and en messages for every resource, policy and section, in react-admin's key layout. */
export function emitI18n(policies: PolicyIR[]): GeneratedFile {
  const messages = Object.fromEntries(
    LANGS.map((lang) => [
      lang,
      {
        resources: Object.fromEntries(policies.flatMap((p) => resourceMeasures(p.measures)).map((m) => [m.names.code, resourceMessages(m, lang)])),
        pioneer: {
          policies: Object.fromEntries(policies.map((p) => [p.code, p.name[lang]])),
          sections: Object.fromEntries(policies.map((p) => [p.code, Object.fromEntries(p.sections.map((s) => [s.code, s.label[lang]]))])),
        },
      },
    ]),
  );
  const content = [
    tsBanner(policies.map((p) => `${p.folder}/`)),
    "import type { Lang } from '@pioneer/engine';",
    '',
    '/** Generated messages, merged over react-admin\'s and the app\'s own by the i18n provider. */',
    `export const GENERATED_MESSAGES: Record<Lang, Record<string, unknown>> = ${JSON.stringify(messages)};`,
    '',
  ].join('\n');
  return { path: `${ADMIN_ROOT}/i18n.gen.ts`, content };
}
