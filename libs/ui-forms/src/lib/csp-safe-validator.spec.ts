import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadPolicies, POLICY_BUNDLES, VALIDATORS } from '@pioneer/contracts';
import { formOnly, inlineRefs, isValidUscc, type Lang } from '@pioneer/engine';
import type { ErrorSchema, UiSchema, ValidatorType } from '@rjsf/utils';
import { customizeValidator } from '@rjsf/validator-ajv8';
import Ajv2020 from 'ajv/dist/2020';
import { createFormValidator, type PrecompiledCheck } from './csp-safe-validator';
import { localiseFormErrors, moneyErrors } from './form-errors';
import type { JsonSchema } from './json-schema';
import { localiseSchema } from './localise-schema';
import { badInputsOf } from './test-bad-inputs';

// The forms' validator before it became CSP-safe (rjsf's ajv8 validator: compiles each schema
// with `new Function`): what the new one must answer exactly like. Jest may evaluate code.
const before = customizeValidator({ AjvClass: Ajv2020, customFormats: { uscc: isValidUscc } });
const interpreted = createFormValidator();
const ROOT = path.resolve(__dirname, '../../../..');
const policies = loadPolicies();

/** Every measure with an example application, its form as the portal renders it, and its precompiled check. */
const MEASURES = POLICY_BUNDLES.flatMap(({ code: policy, bundle }) => {
  const byId = new Map([...bundle.common, ...bundle.measures].map((s) => [String((s.json as JsonSchema).$id), s.json as JsonSchema]));
  return bundle.measures.flatMap((source) => {
    const json = source.json as JsonSchema;
    const code = String((json['x-measure'] as { code: string }).code);
    const example = path.join(ROOT, 'schemas/policies', policy, 'examples/applications', `${code}.json`);
    if (!existsSync(example)) return [];
    const check = VALIDATORS[code];
    const precompiled: PrecompiledCheck = (data) => (check(data) ? [] : [...(check.errors ?? [])]);
    return [{ code, form: formOnly(inlineRefs(json, byId)), valid: JSON.parse(readFileSync(example, 'utf8')) as Record<string, unknown>, precompiled }];
  });
});

function formErrors(validator: ValidatorType, form: { schema: JsonSchema; uiSchema: UiSchema }, lang: Lang, data: unknown) {
  const { errors, errorSchema } = validator.validateFormData(data, form.schema, moneyErrors(lang, form.schema), localiseFormErrors(lang, form.schema), form.uiSchema);
  return { errors: errors.map(({ property, name, message }) => ({ property, name, message })), errorSchema };
}

/** The messages an error schema holds, by the JSON pointer of their field. */
function messagesByPointer(errorSchema: ErrorSchema, at = ''): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, value] of Object.entries(errorSchema as Record<string, unknown>)) {
    // customValidate's handler leaves an empty list on every field: only fields with messages count.
    if (key === '__errors') {
      if ((value as string[]).length) out.set(at, value as string[]);
    }
    else for (const [pointer, messages] of messagesByPointer(value as ErrorSchema, `${at}/${key}`)) out.set(pointer, messages);
  }
  return out;
}

describe('the CSP-safe form validator answers as the ajv-compiling one did, and as the server does', () => {
  it('covers several measures, each with many wrong forms', () => {
    expect(MEASURES.length).toBeGreaterThanOrEqual(10);
    for (const m of MEASURES) expect(badInputsOf(m.form, m.valid).length).toBeGreaterThan(5);
  });

  describe.each(MEASURES.map((m) => [m.code, m] as const))('%s', (code, m) => {
    const inputs = badInputsOf(m.form, m.valid);
    const precompiled = createFormValidator(m.precompiled);

    it.each(['zh-CN', 'en'] as const)('gives the same localised, field-located errors as before (%s), precompiled or interpreted', (lang) => {
      const form = localiseSchema(m.form, lang, { uploads: true });
      for (const input of [{ what: 'the valid example', data: m.valid }, ...inputs]) {
        const old = { what: input.what, ...formErrors(before, form, lang, input.data) };
        expect({ what: input.what, ...formErrors(precompiled, form, lang, input.data) }).toEqual(old);
        expect({ what: input.what, ...formErrors(interpreted, form, lang, input.data) }).toEqual(old);
      }
    });

    it("names every field the server's validation names, with the server's wording", () => {
      const policy = policies.find((p) => p.measures.has(code))!;
      const form = localiseSchema(m.form, 'zh-CN', { uploads: true });
      for (const input of inputs) {
        const issues = policy.validate(code, input.data);
        const shown = messagesByPointer(formErrors(precompiled, form, 'zh-CN', input.data).errorSchema);
        // An extra property is shown on the object holding it (rjsf has no field for it).
        const located = issues.map((issue) => ({ ...issue, field: issue.keyword === 'additionalProperties' ? issue.pointer.replace(/\/[^/]*$/, '') : issue.pointer }));
        expect({ what: input.what, fields: [...new Set(located.map((i) => i.field))].sort() }).toEqual({ what: input.what, fields: [...shown.keys()].sort() });
        for (const issue of located) {
          const phrase = issue.message['zh-CN'].split(`（${issue.pointer || '/'}）`)[1];
          expect({ what: input.what, issue: issue.message['zh-CN'], shown: shown.get(issue.field) }).toEqual({ what: input.what, issue: issue.message['zh-CN'], shown: expect.arrayContaining([expect.stringContaining(issue.keyword === 'additionalProperties' ? '' : phrase)]) });
        }
      }
    });
  });
});
