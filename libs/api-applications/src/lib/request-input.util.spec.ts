import { draftIssues, formBody, isApplicationId, parseAsOf, parseIdempotencyKey } from './request-input.util';

const issue = (keyword: string, pointer: string) => ({ keyword, pointer, message: { 'zh-CN': keyword, en: keyword } });

describe('request inputs', () => {
  it('accepts only a JSON object as a form', () => {
    expect(formBody({ a: 1 })).toEqual({ a: 1 });
    for (const bad of [null, [], 'text', 3, undefined]) expect(() => formBody(bad)).toThrow(expect.objectContaining({ code: 'invalid-body' }));
  });

  it('lets a draft be incomplete but never hold unknown fields or a value invalid for its field', () => {
    const issues = [issue('required', '/a'), issue('additionalProperties', '/status'), issue('type', '/b'), issue('minimum', '/c'), issue('format', '/d'), issue('minItems', '/e'), issue('maxLength', '/f'), issue('enum', '/g'), issue('const', '/h')];
    expect(draftIssues(issues).map((i) => i.pointer)).toEqual(['/status', '/b', '/c', '/d', '/f', '/g', '/h']);
  });

  it('reads asOf as a real calendar date', () => {
    expect(parseAsOf(undefined, '2025-06-01')).toBe('2025-06-01');
    expect(parseAsOf('2024-02-29', 'x')).toBe('2024-02-29');
    for (const bad of ['2025-02-29', '2025-6-1', 'today']) expect(() => parseAsOf(bad, 'x')).toThrow(expect.objectContaining({ code: 'invalid-query' }));
  });

  it('bounds the idempotency key', () => {
    expect(parseIdempotencyKey(undefined)).toBeUndefined();
    expect(parseIdempotencyKey('0b8f-key')).toBe('0b8f-key');
    for (const bad of ['x'.repeat(201), 'with space', '密钥']) expect(() => parseIdempotencyKey(bad)).toThrow(expect.objectContaining({ code: 'invalid-idempotency-key' }));
  });

  it('recognises application ids', () => {
    expect(isApplicationId('110d1bdf-aa4c-4ea5-8c78-9fe0ea0f775b')).toBe(true);
    expect(isApplicationId('1 OR 1=1')).toBe(false);
  });
});
