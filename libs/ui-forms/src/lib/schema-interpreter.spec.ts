import { POLICY_BUNDLES } from '@pioneer/contracts';
import { createAjv, formOnly, inlineRefs, EXTENSION_KEYWORDS } from '@pioneer/engine';
import type { JsonSchema } from './json-schema';
import { INTERPRETED_KEYWORDS, isValidAgainst, schemaErrors } from './schema-interpreter';

// ajv as the engine builds it, compiling (Jest may evaluate code): the reference the interpreter must match.
const ajv = createAjv();
const ajvErrors = (schema: JsonSchema, data: unknown) => {
  const validate = ajv.compile({ ...schema, $id: undefined });
  return validate(data) ? [] : validate.errors!.map(({ keyword, instancePath, schemaPath, params, message }) => ({ keyword, instancePath, schemaPath, params, message }));
};
const interpreted = (schema: JsonSchema, data: unknown) => schemaErrors(schema, data).map(({ keyword, instancePath, schemaPath, params, message }) => ({ keyword, instancePath, schemaPath, params, message }));

/** What rjsf asks `isValid` about (conditions, options) and what a future measure form may use. */
const CASES: Array<{ name: string; schema: JsonSchema; data: unknown[] }> = [
  {
    name: 'if/then/else on a field',
    schema: {
      type: 'object',
      properties: { kind: { enum: ['a', 'b'] }, n: { type: 'integer', minimum: 0 } },
      if: { properties: { kind: { const: 'a' } } },
      then: { required: ['n'] },
      else: { properties: { n: { type: 'integer', maximum: 5 } } },
    },
    data: [{ kind: 'a' }, { kind: 'a', n: 1 }, { kind: 'b', n: 9 }, { kind: 'b', n: -1.5 }, { kind: 'c' }],
  },
  {
    name: 'oneOf and anyOf options',
    schema: {
      type: 'object',
      properties: {
        pick: { oneOf: [{ type: 'string', maxLength: 3 }, { type: 'integer' }, { type: 'number', minimum: 10 }] },
        any: { anyOf: [{ type: 'string', pattern: '^[0-9]+$' }, { type: 'null' }] },
      },
    },
    data: [{ pick: 'ab', any: '12' }, { pick: 'abcd', any: 'x' }, { pick: 12, any: null }, { pick: 2.5 }, { pick: true }],
  },
  {
    name: 'not, allOf, $ref, dependentRequired, uniqueItems, formats, lengths',
    schema: {
      type: 'object',
      $defs: { code: { type: 'string', format: 'uscc' } },
      required: ['list'],
      additionalProperties: false,
      dependentRequired: { from: ['to'] },
      properties: {
        list: { type: 'array', uniqueItems: true, minItems: 1, maxItems: 3, items: { type: 'string', minLength: 1, maxLength: 2 } },
        objects: { type: 'array', uniqueItems: true, items: { type: 'object' } },
        code: { $ref: '#/$defs/code' },
        from: { type: 'string', format: 'date' },
        to: { type: 'string', format: 'date' },
        when: { allOf: [{ type: 'string' }, { not: { const: 'never' } }] },
        count: { type: ['integer', 'null'], exclusiveMinimum: 0, multipleOf: 2 },
      },
    },
    data: [
      { list: ['a', 'b', 'a'], code: '91440300MA5F00001A' },
      { list: [], objects: [{ a: 1 }, { a: 1 }], code: 'nope', from: '2025-02-30', when: 'never', count: 3, extra: 1 },
      { list: ['abc', '字字字', 'a', 'b'], from: '2025-01-01', count: 0 },
      { list: 'x', when: 5, count: 'x' },
    ],
  },
];

describe('the schema interpreter (no code compiled) reports as ajv does', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, { schema, data }) => {
    for (const value of data) {
      expect({ value, errors: interpreted(schema, value) }).toEqual({ value, errors: ajvErrors(schema, value) });
      expect(isValidAgainst(schema, value)).toBe(ajvErrors(schema, value).length === 0);
    }
  });

  it("knows every validation keyword of every measure's form, so none is silently ignored", () => {
    const annotations = new Set(['$schema', '$id', 'title', 'description', 'default', 'examples', 'readOnly', 'writeOnly', 'deprecated', '$comment', 'x-kind', ...EXTENSION_KEYWORDS]);
    const used = new Set<string>();
    const walk = (node: unknown, key?: string) => {
      if (Array.isArray(node)) return node.forEach((n) => walk(n));
      if (!node || typeof node !== 'object') return;
      for (const [k, v] of Object.entries(node)) {
        if (key !== 'properties') used.add(k);
        // Values of these keywords are data or names, not schemas.
        if (!k.startsWith('x-') && !['enum', 'const', 'required', 'properties'].includes(k)) walk(v, k);
        if (k === 'properties') Object.values(v as object).forEach((child) => walk(child));
      }
    };
    for (const { bundle } of POLICY_BUNDLES) {
      const byId = new Map([...bundle.common, ...bundle.measures].map((s) => [String((s.json as JsonSchema).$id), s.json as JsonSchema]));
      for (const source of bundle.measures) walk(formOnly(inlineRefs(source.json as JsonSchema, byId)));
    }
    expect([...used].filter((k) => !annotations.has(k) && !INTERPRETED_KEYWORDS.has(k))).toEqual([]);
  });
});
