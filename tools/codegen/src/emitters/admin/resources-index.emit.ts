import type { GeneratedFile, PolicyIR } from '../../ir/ir.types';
import { tsBanner } from '../../pipeline/banner';
import { ADMIN_ROOT, policyKey, resourceMeasures, sectionKey } from './admin-names';

/**
 * Every backoffice resource and the menu: policies → sections (policy order) → measures (clause
 * order). Sections without a measure that takes applications are left out of the menu.
 */
export function emitResourcesIndex(policies: PolicyIR[]): GeneratedFile {
  const menu = policies
    .map((p) => ({
      policy: p.code,
      label: policyKey(p.code),
      sections: p.sections
        .map((s) => ({ code: s.code, label: sectionKey(p.code, s.code), resources: resourceMeasures(p.measures.filter((m) => m.section.code === s.code)).map((m) => m.names.code) }))
        .filter((s) => s.resources.length > 0),
    }))
    .filter((p) => p.sections.length > 0);
  const byCode = new Map(policies.flatMap((p) => p.measures).map((m) => [m.names.code, m]));
  const measures = menu.flatMap((p) => p.sections.flatMap((s) => s.resources.map((code) => byCode.get(code)!)));
  const content = [
    tsBanner(policies.map((p) => `${p.folder}/`)),
    "import type { MeasureResource, MenuPolicy } from '../applications';",
    ...measures.map((m) => `import * as ${m.names.camel} from './resources/${m.names.file}.gen';`),
    '',
    '/** One react-admin resource per measure that takes applications; the name is the measure code. */',
    'export const RESOURCES: readonly MeasureResource[] = [',
    ...measures.map((m) => `  { name: ${JSON.stringify(m.names.code)}, ...${m.names.camel} },`),
    '];',
    '',
    '/** The menu, grouped by policy section in clause order; labels are i18n keys. */',
    `export const MENU: readonly MenuPolicy[] = ${JSON.stringify(menu)};`,
    '',
  ].join('\n');
  return { path: `${ADMIN_ROOT}/resources.gen.ts`, content };
}
