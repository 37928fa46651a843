import type { JsonSchema } from './json-schema';
import { isMoneyNode } from './form-errors';

/** A wrong form: what was done to a valid application, and the result. */
export interface BadInput {
  what: string;
  data: unknown;
}

type Mutation = { what: string; apply: (parent: Record<string, unknown>, key: string) => void };

const clone = <T>(value: T): T => structuredClone(value);

/** The ways a value can break its node's keywords; read from the schema, never from a measure's name. */
function mutationsOf(node: JsonSchema, required: boolean): Mutation[] {
  const set = (what: string, value: unknown): Mutation => ({ what, apply: (parent, key) => void (parent[key] = value) });
  const out: Mutation[] = [];
  if (required) out.push({ what: 'missing', apply: (parent, key) => void delete parent[key] });
  if (Array.isArray(node.enum)) out.push(set('not a choice', 'not-a-choice'));
  if (node.const !== undefined) out.push(set('not the constant', !node.const));
  if (node.type === 'string') {
    if (typeof node.minLength === 'number' && node.minLength > 0) out.push(set('too short', ''));
    if (typeof node.maxLength === 'number') out.push(set('too long', '字'.repeat(node.maxLength + 1)));
    if (typeof node.pattern === 'string' || typeof node.format === 'string') out.push(set('badly formed', '??'));
    out.push(set('a number for text', 42));
  }
  if (node.type === 'integer' || node.type === 'number') {
    if (typeof node.minimum === 'number') out.push(set('below the minimum', node.minimum - 1));
    if (typeof node.maximum === 'number') out.push(set('above the maximum', node.maximum + 1));
    if (typeof node.exclusiveMinimum === 'number') out.push(set('not above the bound', node.exclusiveMinimum));
    // A money field's widget stores integer fen or, unreadable, the text typed (the money reader's case).
    if (!isMoneyNode(node)) out.push(...(node.type === 'integer' ? [set('a fraction', 1.5)] : []), set('text for a number', 'abc'));
  }
  if (node.type === 'array') {
    if (typeof node.minItems === 'number' && node.minItems > 0) out.push(set('too few items', []));
    out.push(set('not a list', 'abc'));
  }
  if (node.type === 'object') out.push({ what: 'an extra field', apply: (parent, key) => void (parent[key] = { ...(parent[key] as object), unexpectedField: 1 }) });
  return out;
}

/**
 * Every single-fault variant of a valid application that its schema can tell (each field broken
 * in each way its keywords allow), then one variant with the first fault of every field at once.
 */
export function badInputsOf(schema: JsonSchema, valid: Record<string, unknown>): BadInput[] {
  const single: BadInput[] = [];
  const firstFaults: Array<{ path: string[]; mutation: Mutation }> = [];
  const walk = (node: JsonSchema, value: unknown, path: string[]) => {
    const properties = node.properties as Record<string, JsonSchema> | undefined;
    if (!properties || !value || typeof value !== 'object' || Array.isArray(value)) return;
    const required = new Set((node.required as string[] | undefined) ?? []);
    for (const [key, child] of Object.entries(properties)) {
      const present = (value as Record<string, unknown>)[key] !== undefined;
      if (!present && !required.has(key)) continue;
      const mutations = mutationsOf(child, required.has(key)).filter((m) => present || m.what === 'missing' || child.type !== 'object');
      for (const mutation of mutations) single.push({ what: `${[...path, key].join('.')}: ${mutation.what}`, data: applyAt(valid, path, key, mutation) });
      if (mutations.length) firstFaults.push({ path: [...path, key], mutation: mutations[mutations.length - 1] });
      walk(child, (value as Record<string, unknown>)[key], [...path, key]);
    }
  };
  walk(schema, valid, []);
  const all = clone(valid);
  // Deepest first, so breaking a field does not hide the fields inside it.
  for (const { path, mutation } of [...firstFaults].reverse()) {
    const parent = path.slice(0, -1).reduce<unknown>((node, step) => (node as Record<string, unknown> | undefined)?.[step], all);
    if (parent && typeof parent === 'object' && !Array.isArray(parent)) mutation.apply(parent as Record<string, unknown>, path[path.length - 1]);
  }
  return [...single, { what: 'every field wrong at once', data: all }];
}

function applyAt(valid: Record<string, unknown>, path: string[], key: string, mutation: Mutation): unknown {
  const data = clone(valid);
  const parent = path.reduce<Record<string, unknown>>((node, step) => node[step] as Record<string, unknown>, data);
  mutation.apply(parent, key);
  return data;
}
