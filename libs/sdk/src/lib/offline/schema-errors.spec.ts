import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { VALIDATORS } from '@pioneer/contracts';
import { loadOfflineMeasure, OFFLINE_MEASURE_CODES } from '../../offline';

// `schemaErrors` hands a form library (ui-forms, the portal) the offline engine's precompiled
// validator's own errors: the same as the platform's validators (libs/contracts) report, and
// about the same fields as the engine's worded `validate`.
const ROOT = path.resolve(__dirname, '../../../../..');
const examples = new Map(
  readdirSync(path.join(ROOT, 'schemas/policies')).flatMap((policy) => {
    const dir = path.join(ROOT, 'schemas/policies', policy, 'examples/applications');
    return existsSync(dir) ? readdirSync(dir).map((file) => [file.replace(/\.json$/, ''), JSON.parse(readFileSync(path.join(dir, file), 'utf8'))] as const) : [];
  }),
);

/** The example with its first required section removed and a field nobody declared. */
function broken(example: Record<string, unknown>): Record<string, unknown> {
  const [first, ...rest] = Object.keys(example);
  return { ...Object.fromEntries(rest.map((key) => [key, example[key]])), [`${first}Typo`]: example[first] };
}

describe("the offline engine's schemaErrors", () => {
  it.each(OFFLINE_MEASURE_CODES.filter((code) => examples.has(code)).map((code) => [code]))('%s: none for its example, the validators\' errors for a broken form', async (code) => {
    const engine = await loadOfflineMeasure(code);
    expect(engine.schemaErrors(examples.get(code))).toEqual([]);
    const form = broken(examples.get(code));
    const errors = engine.schemaErrors(form);
    VALIDATORS[code](form);
    expect(errors).toEqual(VALIDATORS[code].errors);
    expect(errors.length).toBeGreaterThan(0);
    const pointer = (e: (typeof errors)[number]) =>
      e.keyword === 'required' ? `${e.instancePath}/${e.params.missingProperty}` : e.keyword === 'additionalProperties' ? `${e.instancePath}/${e.params.additionalProperty}` : e.instancePath;
    expect(new Set(errors.map(pointer))).toEqual(new Set(engine.validate(form as never).map((issue) => issue.pointer)));
  });
});
