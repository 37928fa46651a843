import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { FieldEntry } from './fields';
import type { Label, ValidationIssue } from './types';
import { isValidUscc } from './uscc';

/** Keywords of our schema language; ajv accepts and ignores them (their meaning is the engine's). */
export const EXTENSION_KEYWORDS = [
  'x-measure',
  'x-parameters',
  'x-versions',
  'x-conditions',
  'x-eligibility',
  'x-award',
  'x-rubric',
  'x-identity',
  'x-repeat',
  'x-support',
  'x-ui',
  'x-label',
  'x-help',
  'x-enumLabels',
  'x-kind',
];

/** The most errors reported for one application: bounds the work a hostile payload can cause. */
export const MAX_ISSUES = 50;

/** An ajv for 2020-12 with our formats and keywords; the same options build the precompiled validators. */
export function createAjv(options: { code?: { source: boolean } } = {}): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true, ...options });
  addFormats(ajv);
  ajv.addFormat('uscc', { type: 'string', validate: isValidUscc });
  ajv.addVocabulary(EXTENSION_KEYWORDS);
  return ajv;
}

export type { ValidateFunction };

/**
 * A failed keyword as a (precompiled) ajv validator reports it: data pointer, schema path,
 * keyword, its parameters and ajv's English message. `localiseErrors` words these; a form library
 * may word its own (the SDK's offline `schemaErrors`, ui-forms' validator). Declared here, not
 * taken from ajv's types, so the SDK's published declarations need no ajv.
 */
export interface SchemaError {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  params: Record<string, unknown>;
  message?: string;
}

const PHRASES: Record<string, (p: Record<string, unknown>) => Label> = {
  required: () => ({ 'zh-CN': '为必填项', en: 'is required' }),
  type: (p) => ({ 'zh-CN': `类型应为 ${p.type}`, en: `must be of type ${p.type}` }),
  minimum: (p) => ({ 'zh-CN': `不得小于 ${p.limit}`, en: `must be at least ${p.limit}` }),
  maximum: (p) => ({ 'zh-CN': `不得大于 ${p.limit}`, en: `must be at most ${p.limit}` }),
  exclusiveMinimum: (p) => ({ 'zh-CN': `须大于 ${p.limit}`, en: `must be more than ${p.limit}` }),
  exclusiveMaximum: (p) => ({ 'zh-CN': `须小于 ${p.limit}`, en: `must be less than ${p.limit}` }),
  minLength: (p) => ({ 'zh-CN': `至少 ${p.limit} 个字符`, en: `must have at least ${p.limit} characters` }),
  maxLength: (p) => ({ 'zh-CN': `最多 ${p.limit} 个字符`, en: `must have at most ${p.limit} characters` }),
  minItems: (p) => ({ 'zh-CN': `至少需要 ${p.limit} 项`, en: `needs at least ${p.limit} items` }),
  maxItems: (p) => ({ 'zh-CN': `最多 ${p.limit} 项`, en: `may have at most ${p.limit} items` }),
  uniqueItems: () => ({ 'zh-CN': '不得有重复项', en: 'must not repeat items' }),
  pattern: () => ({ 'zh-CN': '格式不正确', en: 'is not in the expected format' }),
  enum: (p) => ({
    'zh-CN': `须为以下之一：${(p.allowedValues as unknown[]).join('、')}`,
    en: `must be one of: ${(p.allowedValues as unknown[]).join(', ')}`,
  }),
  const: () => ({ 'zh-CN': '须确认', en: 'must be confirmed' }),
  additionalProperties: () => ({ 'zh-CN': '不是表单中的字段，请删除', en: 'is not a field of this form; remove it' }),
  multipleOf: (p) => ({ 'zh-CN': `须为 ${p.multipleOf} 的整数倍`, en: `must be a multiple of ${p.multipleOf}` }),
  // Format limits (ajv-formats) bound dates in our forms: worded as dates, not as the library's "must be <= …".
  formatMaximum: (p) => ({ 'zh-CN': `不得晚于 ${p.limit}`, en: `must be on or before ${p.limit}` }),
  formatMinimum: (p) => ({ 'zh-CN': `不得早于 ${p.limit}`, en: `must be on or after ${p.limit}` }),
  formatExclusiveMaximum: (p) => ({ 'zh-CN': `须早于 ${p.limit}`, en: `must be before ${p.limit}` }),
  formatExclusiveMinimum: (p) => ({ 'zh-CN': `须晚于 ${p.limit}`, en: `must be after ${p.limit}` }),
};

const FORMAT_PHRASES: Record<string, Label> = {
  uscc: {
    'zh-CN': '不是有效的统一社会信用代码（请核对18位代码及校验位）',
    en: 'is not a valid unified social credit code (check the 18 characters and the check character)',
  },
  date: { 'zh-CN': '须为日期，格式 YYYY-MM-DD', en: 'must be a date written YYYY-MM-DD' },
  email: { 'zh-CN': '不是有效的电子邮箱', en: 'is not a valid email address' },
  uri: { 'zh-CN': '不是有效的网址', en: 'is not a valid URL' },
};

/**
 * What a failed keyword says about its field, in both languages and without the field's name
 * ("为必填项" / "is required"): the API's issues and the forms' messages under each field share it.
 */
export function validationPhrase(error: Pick<ErrorObject, 'keyword' | 'params' | 'message'>): Label {
  if (error.keyword === 'format')
    return FORMAT_PHRASES[String(error.params.format)] ?? { 'zh-CN': `格式应为 ${error.params.format}`, en: `must be a valid ${error.params.format}` };
  return PHRASES[error.keyword]?.(error.params) ?? { 'zh-CN': error.message ?? error.keyword, en: error.message ?? error.keyword };
}

/** The field an ajv error is about: the missing or extra property, else the instance itself. */
function pointerOf(error: ErrorObject): string {
  if (error.keyword === 'required') return `${error.instancePath}/${error.params.missingProperty}`;
  if (error.keyword === 'additionalProperties') return `${error.instancePath}/${error.params.additionalProperty}`;
  return error.instancePath;
}

/**
 * Turns ajv errors into issues located by JSON pointer and worded in both languages with the
 * field's own label ("服务合同金额（分）不得小于 0"). Combinator noise (anyOf/oneOf/if) is dropped
 * when a more precise error exists for the same place.
 */
export function localiseErrors(
  errors: ErrorObject[] | null | undefined,
  labelFor: (pointer: string) => Label | undefined,
): ValidationIssue[] {
  if (!errors) return [];
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (['anyOf', 'oneOf', 'if', 'not', 'allOf'].includes(error.keyword)) continue;
    const pointer = pointerOf(error);
    const key = `${pointer} ${error.keyword}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const phrase = validationPhrase(error);
    const label = labelFor(pointer) ?? { 'zh-CN': pointer || '申请', en: pointer || 'The application' };
    issues.push({
      pointer,
      keyword: error.keyword,
      message: { 'zh-CN': `${label['zh-CN']}（${pointer || '/'}）${phrase['zh-CN']}`, en: `${label.en} (${pointer || '/'}) ${phrase.en}` },
    });
    if (issues.length >= MAX_ISSUES) break;
  }
  return issues;
}

/** Finds the label of the field at a pointer, array indexes matching `*`. */
export function labelLookup(fields: Iterable<FieldEntry>): (pointer: string) => Label | undefined {
  const byPointer = new Map<string, Label>();
  for (const field of fields) byPointer.set(field.pointer, field.label);
  return (pointer) => byPointer.get(pointer.replace(/\/\d+(?=\/|$)/g, '/*')) ?? byPointer.get(pointer.replace(/\/\d+$/, ''));
}
