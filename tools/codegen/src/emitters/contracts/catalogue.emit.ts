import type { GeneratedFile, PolicyIR } from '../../ir/ir.types';
import { tsBanner } from '../../pipeline/banner';

/**
 * What apps need to know of each measure at run time, without the engine: names, route, labels,
 * section, family, form fields, list hints and the policy's validity (until when one may apply).
 * The backoffice menu, the portal's landing page and the SDK read this.
 */
export function emitCatalogue(policies: PolicyIR[]): GeneratedFile {
  const measures = policies.flatMap((p) =>
    p.measures.map((m) => ({
      code: m.names.code,
      pascal: m.names.pascal,
      camel: m.names.camel,
      typeName: m.names.typeName,
      route: m.names.route,
      policy: p.code,
      validity: { from: p.validity.from, to: p.validity.to },
      clause: m.clause,
      name: m.name,
      summary: m.summary,
      formula: m.formula,
      section: m.section,
      family: m.family,
      hasForm: m.hasForm,
      listFields: m.listFields,
      filterFields: m.filterFields,
      fields: m.fields,
      budget: m.budget ? { code: m.budget.code, label: m.budget.label, annualAmount: m.budget.annualAmount } : null,
      rubric: m.rubric ?? null,
      order: m.order,
    })),
  );
  const sections = policies.flatMap((p) => p.sections.map((s) => ({ policy: p.code, ...s })));
  const content = [
    tsBanner(policies.map((p) => `${p.folder}/`)),
    "import type { MeasureCatalogueEntry, SectionEntry } from '../catalogue.types';",
    '',
    `export const MEASURES: readonly MeasureCatalogueEntry[] = ${JSON.stringify(measures, null, 2)};`,
    '',
    `export const SECTIONS: readonly SectionEntry[] = ${JSON.stringify(sections, null, 2)};`,
    '',
  ].join('\n');
  return { path: 'libs/contracts/src/generated/catalogue.gen.ts', content, formatted: true };
}
