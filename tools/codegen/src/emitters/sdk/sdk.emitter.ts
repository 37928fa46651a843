import type { Emitter, GeneratedFile, MeasureIR, PolicyIR } from '../../ir/ir.types';
import { tsBanner } from '../../pipeline/banner';
import { emitOffline } from './offline.emit';

/** TSDoc of a measure's client: clause, name and the award rule in words. */
function docOf(m: MeasureIR): string {
  const lines = [`(${m.clause}) ${m.name['zh-CN']} · ${m.name.en}`, '', `${m.formula['zh-CN']}`, `${m.formula.en}`];
  return ['  /**', ...lines.map((line) => (line ? `   * ${line.replace(/\*\//g, '*\\/')}` : '   *')), '   */'].join('\n');
}

function emitMeasures(policies: PolicyIR[]): GeneratedFile {
  const measures = policies
    .flatMap((p) => p.measures)
    .filter((m) => m.hasForm)
    .sort((a, b) => a.names.camel.localeCompare(b.names.camel));
  const types = measures.map((m) => m.names.typeName);
  const content = [
    tsBanner(policies.map((p) => `${p.folder}/`)),
    ...(types.length ? [`import type { ${types.join(', ')} } from '@pioneer/contracts';`] : []),
    "import type { Http } from '../lib/http';",
    "import { measureClient, type MeasureClient } from '../lib/measure-client';",
    '',
    ...(types.length ? ['/** Each measure\'s application form, for code that builds one. */', `export type { ${types.join(', ')} };`, ''] : []),
    '/** One typed client per measure with a form, named by its code in camelCase. */',
    'export interface Measures {',
    ...measures.flatMap((m) => [docOf(m), `  readonly ${m.names.camel}: MeasureClient<${m.names.typeName}>;`]),
    '}',
    '',
    '/** The measure clients over one Http. */',
    'export function createMeasures(http: Http): Measures {',
    '  return {',
    ...measures.map((m) => `    ${m.names.camel}: measureClient<${m.names.typeName}>(http, ${JSON.stringify(m.names.code)}),`),
    '  };',
    '}',
    '',
  ].join('\n');
  return { path: 'libs/sdk/src/generated/measures.gen.ts', content };
}

/**
 * libs/sdk: the typed per-measure methods (`client.measures.computeVoucher.create(…)`) and one
 * offline engine per measure (`@pioneer/sdk/offline/compute-voucher`).
 */
export const sdkEmitter: Emitter = {
  name: 'sdk',
  outputs: ['libs/sdk/src/generated', 'libs/sdk/src/generated/offline'],
  emit: (ir) => [emitMeasures(ir.policies), ...emitOffline(ir.policies)],
};
