import type { SchemaError as EngineSchemaError } from '@pioneer/engine';
import { deepEquals } from '@rjsf/utils';
import type { JsonSchema } from './json-schema';
import { passesFormat } from './schema-formats';

/**
 * A failed keyword, shaped as ajv reports it with `allErrors` and `verbose` (the shape rjsf's
 * error processing reads): the engine's `SchemaError` and the schema node holding the keyword.
 */
export interface SchemaError extends EngineSchemaError {
  parentSchema?: JsonSchema;
}

/**
 * Validation keywords this interpreter applies, in the order ajv 8 (2020-12) reports their errors
 * within a type group: untyped first, then number, string, array and object keywords. A measure
 * form using another keyword fails `schema-interpreter.spec.ts` (every measure's form is checked).
 */
const ORDER = {
  untyped: ['$ref', 'const', 'enum', 'not', 'anyOf', 'oneOf', 'allOf', 'if'],
  number: ['maximum', 'minimum', 'exclusiveMaximum', 'exclusiveMinimum', 'multipleOf', 'format'],
  string: ['maxLength', 'minLength', 'pattern', 'format'],
  array: ['maxItems', 'minItems', 'uniqueItems', 'prefixItems', 'items', 'contains'],
  object: ['maxProperties', 'minProperties', 'required', 'propertyNames', 'additionalProperties', 'properties', 'patternProperties', 'dependentRequired', 'dependentSchemas'],
} as const;
type Group = keyof typeof ORDER;

/** Every keyword that changes what is valid and that this interpreter knows (besides `type`, `then`, `else`). */
export const INTERPRETED_KEYWORDS: ReadonlySet<string> = new Set(['type', 'then', 'else', ...Object.values(ORDER).flat()]);

const IS: Record<string, (data: unknown) => boolean> = {
  null: (d) => d === null,
  boolean: (d) => typeof d === 'boolean',
  string: (d) => typeof d === 'string',
  number: (d) => typeof d === 'number' && Number.isFinite(d),
  integer: (d) => typeof d === 'number' && Number.isInteger(d),
  array: (d) => Array.isArray(d),
  object: (d) => typeof d === 'object' && d !== null && !Array.isArray(d),
};

const patterns = new Map<string, RegExp>();
const regExpOf = (pattern: string): RegExp => patterns.get(pattern) ?? patterns.set(pattern, new RegExp(pattern, 'u')).get(pattern)!;
const escapePointer = (key: string): string => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** A node of `root` by a local `$ref` ("#/properties/a"); undefined when it is not local or not there. */
function resolveRef(ref: string, root: JsonSchema): JsonSchema | boolean | undefined {
  if (!ref.startsWith('#')) return undefined;
  let node: unknown = root;
  for (const step of ref.slice(1).split('/').filter(Boolean)) {
    const key = decodeURIComponent(step).replace(/~1/g, '/').replace(/~0/g, '~');
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  }
  return node as JsonSchema | boolean | undefined;
}

type Visit = (schema: JsonSchema | boolean, data: unknown, instancePath: string, schemaPath: string) => SchemaError[];

/**
 * Validates `data` against `schema` by walking both, as ajv would report it, with no code compiled
 * (so it runs under `script-src 'self'` without `'unsafe-eval'`). `root` resolves local `$ref`s.
 */
export function schemaErrors(schema: JsonSchema | boolean, data: unknown, root: JsonSchema = typeof schema === 'object' ? schema : {}): SchemaError[] {
  const visit: Visit = (node, value, at, path) => {
    if (node === true) return [];
    if (node === false) return [{ keyword: 'false schema', instancePath: at, schemaPath: path, params: {}, message: 'boolean schema is false' }];
    const errors: SchemaError[] = [];
    const fail = (keyword: string, params: Record<string, unknown>, message: string, where = at) =>
      errors.push({ keyword, instancePath: where, schemaPath: `${path}/${keyword}`, params, message, parentSchema: node });
    const types = node.type === undefined ? [] : ([] as string[]).concat(node.type as string | string[]);
    const typeOk = types.length === 0 || types.some((t) => IS[t]?.(value));
    // ajv reports a wrong type first unless the type is a single one the schema has keywords for.
    const hasGroup = (group: Group) => ORDER[group].some((k) => k in node);
    const typeFirst = types.length !== 1 || !(types[0] in ORDER) || !hasGroup(types[0] as Group);
    const typeError = () => fail('type', { type: node.type }, `must be ${types.join(',')}`);
    if (!typeOk && typeFirst) typeError();
    for (const group of Object.keys(ORDER) as Group[]) {
      const applies = group === 'untyped' || IS[group](value);
      if (applies) for (const keyword of ORDER[group]) if (keyword in node) KEYWORDS[keyword](node, value, { at, path, root, fail, visit, errors });
      if (!typeOk && !typeFirst && group === types[0]) typeError();
    }
    return errors;
  };
  return visit(schema, data, '', '#');
}

/** Whether `data` is valid against `schema` (rjsf's `isValid`: if/then/else, oneOf/anyOf options). */
export const isValidAgainst = (schema: JsonSchema | boolean, data: unknown, root?: JsonSchema): boolean => schemaErrors(schema, data, root).length === 0;

interface Step {
  at: string;
  path: string;
  root: JsonSchema;
  fail: (keyword: string, params: Record<string, unknown>, message: string, where?: string) => void;
  visit: Visit;
  errors: SchemaError[];
}
// Each keyword reads the value as the type its group guarantees (a string for minLength, …).
/* eslint-disable-next-line @typescript-eslint/no-explicit-any */
type Keyword = (node: JsonSchema, value: any, step: Step) => void;
type Size = (value: never) => number;

const limit = (comparison: string, ok: (value: number, bound: number) => boolean, keyword: string): Keyword => (node, value: number, { fail }) => {
  const bound = node[keyword] as number;
  if (!ok(value, bound)) fail(keyword, { comparison, limit: bound }, `must be ${comparison} ${bound}`);
};
const count = (word: string, measure: Size, keyword: string, atLeast: boolean): Keyword => (node, value, { fail }) => {
  const bound = node[keyword] as number;
  if (atLeast ? measure(value as never) < bound : measure(value as never) > bound) fail(keyword, { limit: bound }, `must NOT have ${atLeast ? 'fewer' : 'more'} than ${bound} ${word}`);
};
const chars = (value: string) => [...value].length;
const length = (value: unknown[]) => value.length;
const keys = (value: object) => Object.keys(value).length;

/** Applies sub-schemas and keeps their errors only when the combinator says so. */
function branches(node: JsonSchema, keyword: string, value: unknown, { at, path, visit }: Step): Array<SchemaError[]> {
  return (node[keyword] as Array<JsonSchema | boolean>).map((sub, i) => visit(sub, value, at, `${path}/${keyword}/${i}`));
}

const KEYWORDS: Record<string, Keyword> = {
  $ref: (node, value, step) => {
    const target = resolveRef(String(node.$ref), step.root);
    // ajv names errors under a reference by the path of its target ("#/$defs/code/format").
    if (target !== undefined) step.errors.push(...step.visit(target, value, step.at, String(node.$ref)));
  },
  const: (node, value, { fail }) => void (!deepEquals(value, node.const) && fail('const', { allowedValue: node.const }, 'must be equal to constant')),
  enum: (node, value, { fail }) =>
    void (!(node.enum as unknown[]).some((option) => deepEquals(value, option)) && fail('enum', { allowedValues: node.enum }, 'must be equal to one of the allowed values')),
  not: (node, value, step) => void (step.visit(node.not as JsonSchema, value, step.at, `${step.path}/not`).length === 0 && step.fail('not', {}, 'must NOT be valid')),
  anyOf: (node, value, step) => {
    const results = branches(node, 'anyOf', value, step);
    if (results.some((r) => r.length === 0)) return;
    step.errors.push(...results.flat());
    step.fail('anyOf', {}, 'must match a schema in anyOf');
  },
  oneOf: (node, value, step) => {
    const results = branches(node, 'oneOf', value, step);
    const passing = results.flatMap((r, i) => (r.length === 0 ? [i] : []));
    if (passing.length === 1) return;
    step.errors.push(...results.flat());
    step.fail('oneOf', { passingSchemas: passing.length ? passing.slice(0, 2) : null }, 'must match exactly one schema in oneOf');
  },
  allOf: (node, value, step) => void step.errors.push(...branches(node, 'allOf', value, step).flat()),
  if: (node, value, step) => {
    const branch = step.visit(node.if as JsonSchema, value, step.at, `${step.path}/if`).length === 0 ? 'then' : 'else';
    if (node[branch] === undefined) return;
    const errors = step.visit(node[branch] as JsonSchema, value, step.at, `${step.path}/${branch}`);
    if (!errors.length) return;
    step.errors.push(...errors);
    step.fail('if', { failingKeyword: branch }, `must match "${branch}" schema`);
  },
  maximum: limit('<=', (v, b) => v <= b, 'maximum'),
  minimum: limit('>=', (v, b) => v >= b, 'minimum'),
  exclusiveMaximum: limit('<', (v, b) => v < b, 'exclusiveMaximum'),
  exclusiveMinimum: limit('>', (v, b) => v > b, 'exclusiveMinimum'),
  multipleOf: (node, value: number, { fail }) => {
    const quotient = value / (node.multipleOf as number);
    if (quotient !== parseInt(String(quotient), 10)) fail('multipleOf', { multipleOf: node.multipleOf }, `must be multiple of ${node.multipleOf}`);
  },
  maxLength: count('characters', chars, 'maxLength', false),
  minLength: count('characters', chars, 'minLength', true),
  pattern: (node, value: string, { fail }) => void (!regExpOf(String(node.pattern)).test(value) && fail('pattern', { pattern: node.pattern }, `must match pattern "${node.pattern}"`)),
  format: (node, value, { fail }) => void (!passesFormat(String(node.format), value) && fail('format', { format: node.format }, `must match format "${node.format}"`)),
  maxItems: count('items', length, 'maxItems', false),
  minItems: count('items', length, 'minItems', true),
  uniqueItems: (node, value: unknown[], { fail }) => {
    if (node.uniqueItems !== true) return;
    const pair = duplicatePair(node, value);
    if (pair) fail('uniqueItems', { i: pair[0], j: pair[1] }, `must NOT have duplicate items (items ## ${pair[1]} and ${pair[0]} are identical)`);
  },
  prefixItems: (node, value: unknown[], step) =>
    (node.prefixItems as JsonSchema[]).forEach((sub, i) => i < value.length && step.errors.push(...step.visit(sub, value[i], `${step.at}/${i}`, `${step.path}/prefixItems/${i}`))),
  items: (node, value: unknown[], step) => {
    const from = Array.isArray(node.prefixItems) ? node.prefixItems.length : 0;
    for (let i = from; i < value.length; i++) step.errors.push(...step.visit(node.items as JsonSchema, value[i], `${step.at}/${i}`, `${step.path}/items`));
  },
  contains: (node, value: unknown[], step) => {
    if (!value.some((item) => step.visit(node.contains as JsonSchema, item, step.at, `${step.path}/contains`).length === 0))
      step.fail('contains', { minContains: 1 }, 'must contain at least 1 valid item(s)');
  },
  maxProperties: count('properties', keys, 'maxProperties', false),
  minProperties: count('properties', keys, 'minProperties', true),
  required: (node, value: Record<string, unknown>, { fail }) => {
    for (const key of node.required as string[]) if (value[key] === undefined) fail('required', { missingProperty: key }, `must have required property '${key}'`);
  },
  propertyNames: (node, value: object, step) => {
    for (const key of Object.keys(value)) {
      const errors = step.visit(node.propertyNames as JsonSchema, key, step.at, `${step.path}/propertyNames`);
      if (!errors.length) continue;
      step.errors.push(...errors.map((e) => ({ ...e, params: { ...e.params, propertyName: key } })));
      step.fail('propertyNames', { propertyName: key }, 'property name must be valid');
    }
  },
  additionalProperties: (node, value: Record<string, unknown>, step) => {
    const declared = (node.properties ?? {}) as Record<string, unknown>;
    const patternKeys = Object.keys((node.patternProperties ?? {}) as object);
    for (const key of Object.keys(value)) {
      if (key in declared || patternKeys.some((p) => regExpOf(p).test(key))) continue;
      if (node.additionalProperties === false) step.fail('additionalProperties', { additionalProperty: key }, 'must NOT have additional properties');
      else step.errors.push(...step.visit(node.additionalProperties as JsonSchema, value[key], `${step.at}/${escapePointer(key)}`, `${step.path}/additionalProperties`));
    }
  },
  properties: (node, value: Record<string, unknown>, step) => {
    for (const [key, sub] of Object.entries(node.properties as Record<string, JsonSchema>))
      if (value[key] !== undefined) step.errors.push(...step.visit(sub, value[key], `${step.at}/${escapePointer(key)}`, `${step.path}/properties/${escapePointer(key)}`));
  },
  patternProperties: (node, value: Record<string, unknown>, step) => {
    for (const [pattern, sub] of Object.entries(node.patternProperties as Record<string, JsonSchema>))
      for (const key of Object.keys(value))
        if (regExpOf(pattern).test(key)) step.errors.push(...step.visit(sub, value[key], `${step.at}/${escapePointer(key)}`, `${step.path}/patternProperties/${escapePointer(pattern)}`));
  },
  dependentRequired: (node, value: Record<string, unknown>, { fail }) => {
    for (const [property, deps] of Object.entries(node.dependentRequired as Record<string, string[]>)) {
      if (value[property] === undefined) continue;
      for (const missing of deps.filter((d) => value[d] === undefined))
        fail('dependentRequired', { property, missingProperty: missing, depsCount: deps.length, deps: deps.join(', ') }, `must have ${deps.length === 1 ? 'property' : 'properties'} ${deps.join(', ')} when property ${property} is present`);
    }
  },
  dependentSchemas: (node, value: Record<string, unknown>, step) => {
    for (const [property, sub] of Object.entries(node.dependentSchemas as Record<string, JsonSchema>))
      if (value[property] !== undefined) step.errors.push(...step.visit(sub, value, step.at, `${step.path}/dependentSchemas/${escapePointer(property)}`));
  },
};

/**
 * The pair ajv names for repeated items: scanning from the end, the first item seen again. Items
 * of a scalar type are matched by value (ajv's fast path), others by deep equality.
 */
function duplicatePair(node: JsonSchema, value: unknown[]): [number, number] | undefined {
  const itemTypes = node.items && typeof node.items === 'object' ? ([] as unknown[]).concat((node.items as JsonSchema).type ?? []) : [];
  if (itemTypes.length > 0 && !itemTypes.some((t) => t === 'object' || t === 'array')) {
    const seen = new Map<unknown, number>();
    for (let i = value.length - 1; i >= 0; i--) {
      if (!itemTypes.some((t) => IS[String(t)]?.(value[i]))) continue;
      if (seen.has(value[i])) return [i, seen.get(value[i])!];
      seen.set(value[i], i);
    }
    return undefined;
  }
  for (let i = value.length - 1; i > 0; i--) for (let j = i - 1; j >= 0; j--) if (deepEquals(value[i], value[j])) return [i, j];
  return undefined;
}
