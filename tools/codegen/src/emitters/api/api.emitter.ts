import type { CodegenIR, Emitter, GeneratedFile, MeasureIR } from '../../ir/ir.types';
import { tsBanner } from '../../pipeline/banner';
import { API_GENERATED, emitMeasureModule } from './measure-module.emit';

/** Every measure with a form, in the IR's order (policy, then catalogue order). */
export const apiMeasures = (ir: CodegenIR): MeasureIR[] => ir.policies.flatMap((p) => p.measures.filter((m) => m.hasForm));

/** The list of every generated measure module, which the API's AppModule imports. */
function emitModuleList(ir: CodegenIR): GeneratedFile {
  const measures = apiMeasures(ir);
  const content = `${tsBanner(measures.map((m) => m.sourceFile))}
import type { Type } from '@nestjs/common';
${measures.map((m) => `import { ${m.names.pascal}Module } from './measures/${m.names.file}.module.gen';`).join('\n')}

/** One NestJS module per measure with a form. */
export const MEASURE_MODULES: Type[] = [${measures.map((m) => `${m.names.pascal}Module`).join(', ')}];
`;
  return { path: `${API_GENERATED}/measure-modules.gen.ts`, content };
}

/** apps/api: a NestJS module per measure (routes → ApplicationsService) and their list. */
export const apiEmitter: Emitter = {
  name: 'api',
  outputs: [API_GENERATED],
  emit: (ir) => [...apiMeasures(ir).map(emitMeasureModule), emitModuleList(ir)],
};
