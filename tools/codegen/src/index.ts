/** @pioneer/codegen — schemas → IR → generated code. */
export { generate, REPO_ROOT, type GenerateOptions, type GenerateResult } from './generate';
export { buildIR } from './pipeline/build-ir';
export { measureNames, pascalCase, camelCase, type MeasureNames } from './ir/names';
export type { CodegenIR, PolicyIR, MeasureIR, FieldIR, GeneratedFile, Emitter } from './ir/ir.types';
