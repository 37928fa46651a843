import type { Label } from '@pioneer/engine';
import { type ApiIssue, Errors } from '../errors/api-error';

/**
 * Bounds on any JSON a request may carry, checked once at the edge, before any validator,
 * engine or database sees it: every later step's cost is then bounded too (ajv with allErrors
 * is quadratic in the number of failing array items; PostgreSQL refuses NUL and lone
 * surrogates; both databases overflow on deep nesting).
 */
export interface JsonLimits {
  maxDepth: number;
  /** Values of every kind, counted over the whole document. */
  maxValues: number;
  maxArrayItems: number;
  maxKeys: number;
  maxKeyLength: number;
  maxStringLength: number;
}

/** Far above what any form needs (the largest declares tens of fields, lists of at most 20). */
export const JSON_LIMITS: JsonLimits = { maxDepth: 24, maxValues: 20_000, maxArrayItems: 1_000, maxKeys: 500, maxKeyLength: 200, maxStringLength: 100_000 };

/** NUL, or a UTF-16 surrogate without its partner: text no database stores faithfully. */
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Whether a string can be stored and shown as it is: no NUL, well-formed Unicode. */
export const isStorableText = (text: string): boolean => !UNSTORABLE.test(text);

/** A key as a pointer segment (RFC 6901), shortened so an error never echoes unbounded input. */
export function pointerSegment(key: string): string {
  const escaped = key.replace(/~/g, '~0').replace(/\//g, '~1');
  return escaped.length > 64 ? `${escaped.slice(0, 64)}…` : escaped;
}

const label = (zh: string, en: string): Label => ({ 'zh-CN': zh, en });

function problem(pointer: string, message: Label): ApiIssue {
  return { pointer, message };
}

/** The first problem of one value (not its children), or undefined. */
function ownProblem(value: unknown, pointer: string, depth: number, limits: JsonLimits): ApiIssue | undefined {
  if (depth > limits.maxDepth) return problem(pointer, label(`嵌套超过 ${limits.maxDepth} 层`, `is nested more than ${limits.maxDepth} levels deep`));
  if (typeof value === 'string') {
    if (value.length > limits.maxStringLength) return problem(pointer, label(`超过 ${limits.maxStringLength} 个字符`, `is longer than ${limits.maxStringLength} characters`));
    if (!isStorableText(value)) return problem(pointer, label('含有空字符（\\u0000）或不成对的代理字符：请删除这些字符', 'contains a NUL character or an unpaired surrogate: remove it'));
  }
  if (typeof value === 'number' && Number.isInteger(value) && !Number.isSafeInteger(value)) {
    return problem(pointer, label('数值超出可精确表示的范围（±2^53）', 'is beyond the range of exact whole numbers (±2^53)'));
  }
  if (Array.isArray(value) && value.length > limits.maxArrayItems) {
    return problem(pointer, label(`超过 ${limits.maxArrayItems} 项`, `has more than ${limits.maxArrayItems} items`));
  }
  return undefined;
}

function keyProblem(key: string, pointer: string, limits: JsonLimits): ApiIssue | undefined {
  if (key.length > limits.maxKeyLength) return problem(pointer, label(`字段名超过 ${limits.maxKeyLength} 个字符`, `has a field name longer than ${limits.maxKeyLength} characters`));
  if (!isStorableText(key)) return problem(pointer, label('字段名含有空字符或不成对的代理字符', 'has a field name with a NUL character or an unpaired surrogate'));
  return undefined;
}

/**
 * A look at the raw text before it is parsed: nesting deeper than the limit, or more values
 * than the limit, is refused without building the objects (parsing 1 MB nested half a million
 * levels, or holding 80,000 keys, costs far more than this one pass over the characters).
 * Counts brackets and separators outside strings; the parsed value is checked in full after.
 */
/**
 * The text check only stops what would be costly to parse: up to this many times the value limit
 * is parsed, so the check of the parsed value can name the place at fault.
 */
const TEXT_SLACK = 3;

export function findJsonTextProblem(text: string, limits: JsonLimits = JSON_LIMITS): ApiIssue | undefined {
  let depth = 0;
  let separators = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > limits.maxDepth) return problem('', label(`嵌套超过 ${limits.maxDepth} 层`, `is nested more than ${limits.maxDepth} levels deep`));
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
    else if (c === 44 /* , */ && ++separators >= limits.maxValues * TEXT_SLACK) {
      return problem('', label(`超过 ${limits.maxValues} 个值`, `holds more than ${limits.maxValues} values`));
    }
  }
  return undefined;
}

/**
 * The first place where `value` breaks the limits, located by JSON pointer, or undefined.
 * Iterative, and stops at the first problem: its own cost is bounded by `maxValues`.
 */
export function findJsonProblem(value: unknown, limits: JsonLimits = JSON_LIMITS): ApiIssue | undefined {
  const stack: Array<{ value: unknown; pointer: string; depth: number }> = [{ value, pointer: '', depth: 0 }];
  let seen = 0;
  while (stack.length) {
    const node = stack.pop()!;
    if (++seen > limits.maxValues) return problem('', label(`超过 ${limits.maxValues} 个值`, `holds more than ${limits.maxValues} values`));
    const own = ownProblem(node.value, node.pointer, node.depth, limits);
    if (own) return own;
    if (Array.isArray(node.value)) {
      node.value.forEach((item, index) => stack.push({ value: item, pointer: `${node.pointer}/${index}`, depth: node.depth + 1 }));
    } else if (node.value !== null && typeof node.value === 'object') {
      const keys = Object.keys(node.value);
      if (keys.length > limits.maxKeys) return problem(node.pointer, label(`超过 ${limits.maxKeys} 个字段`, `has more than ${limits.maxKeys} fields`));
      for (const key of keys) {
        const pointer = `${node.pointer}/${pointerSegment(key)}`;
        const bad = keyProblem(key, pointer, limits);
        if (bad) return bad;
        stack.push({ value: (node.value as Record<string, unknown>)[key], pointer, depth: node.depth + 1 });
      }
    }
  }
  return undefined;
}

/** Throws a 400 naming the place if `value` breaks the limits; `what` says which part of the request. */
export function assertJsonWithinLimits(value: unknown, what: 'body' | 'query', limits: JsonLimits = JSON_LIMITS): void {
  throwIfProblem(findJsonProblem(value, limits), what);
}

/** The same for a body's text, before it is parsed. */
export function assertJsonTextWithinLimits(text: string, limits: JsonLimits = JSON_LIMITS): void {
  throwIfProblem(findJsonTextProblem(text, limits), 'body');
}

function throwIfProblem(issue: ApiIssue | undefined, what: 'body' | 'query'): void {
  if (!issue) return;
  const part = what === 'body' ? label('请求体', 'The request body') : label('查询参数', 'The query string');
  throw Errors.badRequest(
    'input-out-of-bounds',
    `${part['zh-CN']}超出允许范围，未作处理：请按 issues 所列位置修改后重试`,
    `${part.en} is out of bounds and was not processed: correct the place listed in issues and send it again`,
    [issue],
  );
}
