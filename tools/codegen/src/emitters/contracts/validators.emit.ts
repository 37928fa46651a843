import { createAjv } from '@pioneer/engine';
import { Name } from 'ajv';
import equal from 'ajv/dist/runtime/equal';
import ucs2length from 'ajv/dist/runtime/ucs2length';
import standaloneCode from 'ajv/dist/standalone';
import { fullFormats } from 'ajv-formats/dist/formats';
import type { GeneratedFile, PolicyIR } from '../../ir/ir.types';
import { tsBanner } from '../../pipeline/banner';
import { stripAnnotations } from './schema-walk.util';

type Json = Record<string, unknown>;

/** The name the generated code gives the formats object; ajv emits `pioneerFormats.date` and so on. */
const FORMATS = 'pioneerFormats';

/**
 * ajv's standalone code `require`s small helpers of its runtime even in ESM mode, and a CommonJS
 * default export is not imported alike by bundlers and Node: the helpers are self-contained
 * functions, so they are inlined instead (no import, no eval).
 */
const RUNTIME_HELPERS: Record<string, { name: string; fn: { toString(): string } }> = {
  'require("ajv/dist/runtime/ucs2length").default': { name: 'ajvUcs2length', fn: ucs2length },
  'require("ajv/dist/runtime/equal").default': { name: 'ajvEqual', fn: equal },
};

/** Formats the engine adds to ajv beyond ajv-formats, and how the generated code gets them. */
const CUSTOM_FORMATS: Record<string, { importLine: string; value: string }> = {
  uscc: { importLine: "import { isValidUscc } from '@pioneer/engine';", value: "{ type: 'string', validate: isValidUscc }" },
};

function exportNameOf(code: string): string {
  return code.replace(/-([a-z0-9])/g, (_match, c: string) => c.toUpperCase());
}

/**
 * Precompiled ajv validators (standalone code, ESM) of every measure: the engine gets them through
 * `compilePolicy(bundle, { validators })`, so no schema is compiled at run time and no code is
 * evaluated (a strict Content-Security-Policy holds). Built by the engine's own `createAjv` from
 * the same measure and common schemas the engine compiles, so errors are the same; annotations
 * (labels, texts, x- keywords) are left out of the compiled schemas because ajv would embed them.
 * Informational measures are included: without a validator the engine would compile one.
 */
export function emitValidators(policies: PolicyIR[]): GeneratedFile {
  const ajv = createAjv(withOptions({ inlineRefs: false, code: { source: true, esm: true, lines: true, formats: new Name(FORMATS) } }));
  const added = new Set<string>();
  for (const p of policies) {
    for (const source of p.bundle.common) {
      const schema = source.json as Json;
      if (added.has(String(schema.$id))) continue;
      added.add(String(schema.$id));
      ajv.addSchema(stripAnnotations(schema));
    }
  }
  const exports: Record<string, string> = {};
  const codes: Array<[string, string]> = [];
  for (const p of policies) {
    const byId = new Map(p.bundle.measures.map((s) => [String((s.json as Json).$id), s.json as Json]));
    for (const m of [...p.measures].sort((a, b) => a.names.code.localeCompare(b.names.code))) {
      const id = String(m.schema.$id);
      const json = byId.get(id);
      if (!json) throw new Error(`measure ${m.names.code}: no schema with $id ${id} in the policy bundle`);
      const name = exportNameOf(m.names.code);
      if (name in exports) throw new Error(`measures ${m.names.code} and another both make the export name ${name}`);
      ajv.addSchema(stripAnnotations(json));
      exports[name] = id;
      codes.push([m.names.code, name]);
    }
  }
  const unknownFormats = Object.keys(ajv.formats).filter((f) => !(f in fullFormats) && !(f in CUSTOM_FORMATS));
  if (unknownFormats.length)
    throw new Error(
      `the engine's ajv has format(s) ${unknownFormats.join(', ')} that validators.emit.ts cannot ship yet: add them to CUSTOM_FORMATS`,
    );

  let code = codes.length ? standaloneCode(ajv, exports).replace(/^"use strict";/, '') : '';
  // ajv exports each validator (`export const computeVoucher = validate20;`): they become the map instead.
  const validateName = new Map<string, string>();
  code = code.replace(/^export const (\w+) = (validate\d+);$/gm, (_line, name: string, fn: string) => {
    validateName.set(name, fn);
    return '';
  });
  const helpers: string[] = [];
  for (const [required, helper] of Object.entries(RUNTIME_HELPERS)) {
    if (!code.includes(required)) continue;
    code = code.split(required).join(helper.name);
    helpers.push(`const ${helper.name} = ${helper.fn.toString()};`);
  }
  const leftover = /require\([^)]*\)/.exec(code);
  if (leftover) throw new Error(`ajv's standalone code needs ${leftover[0]}, which validators.emit.ts does not inline yet`);
  const customUsed = Object.keys(CUSTOM_FORMATS).filter((f) => code.includes(`${FORMATS}.${f}`));

  const content = [
    tsBanner(policies.flatMap((p) => p.measures.map((m) => m.sourceFile))),
    '// @ts-nocheck',
    '// ajv standalone code, plain JavaScript; validators.emit.spec.ts checks it validates exactly as the engine does.',
    "import type { ValidateFunction } from 'ajv';",
    "import { fullFormats } from 'ajv-formats/dist/formats';",
    ...customUsed.map((f) => CUSTOM_FORMATS[f].importLine),
    '',
    "/** The formats of the engine's `createAjv()`: ajv-formats (full) and the engine's own. */",
    `const ${FORMATS} = { ...fullFormats, ${customUsed.map((f) => `${f}: ${CUSTOM_FORMATS[f].value}`).join(', ')} };`,
    '',
    ...helpers,
    '',
    '/**',
    ' * Measure code → its precompiled validator (same results as the engine compiling the schema).',
    ' * The body is machine code kept as ajv writes it: formatting it would cost seconds per run.',
    ' */',
    'export const VALIDATORS: Readonly<Record<string, ValidateFunction>> = (() => {',
    code.trim(),
    'return {',
    ...codes.map(([c, name]) => `${JSON.stringify(c)}: ${validateName.get(name)},`),
    '};',
    '})();',
    '',
  ].join('\n');
  return { path: 'libs/contracts/src/generated/validators.gen.ts', content, formatted: true };
}

/** createAjv's declared options are narrower than what it passes on to ajv (esm, formats). */
function withOptions(options: Json): { code?: { source: boolean } } {
  return options as { code?: { source: boolean } };
}
