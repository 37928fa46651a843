import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { JsonObject } from '@pioneer/sdk';
import { isComplete, moveItem, newRule, ruleCodePattern, ruleCodeProblem } from './rule-list';

// The meta-schema the studio loads with every measure: the pattern is read from it, not copied.
const META = JSON.parse(readFileSync(path.resolve(__dirname, '../../../../schemas/meta/measure.schema.json'), 'utf8')) as JsonObject;

describe('ruleCodePattern', () => {
  it("is the meta-schema's pattern for codes, reached through the rule's $ref", () => {
    const pattern = ruleCodePattern(META)!;
    expect(['min-hours', 'rule2', 'a-b-c'].map((c) => pattern.test(c))).toEqual([true, true, true]);
    expect(['Min-hours', '2rule', 'a--b', 'a-', 'a_b', 'a b', '规则'].map((c) => pattern.test(c))).toEqual([false, false, false, false, false, false, false]);
  });

  it('is undefined for a meta-schema without one (then only emptiness and uniqueness are checked)', () => {
    expect(ruleCodePattern({})).toBeUndefined();
  });
});

describe('ruleCodeProblem', () => {
  const pattern = ruleCodePattern(META);
  const taken = ['applicant-kind', 'signed-before-applying'];

  it('accepts a well-formed code no other rule of the measure has', () => {
    expect(ruleCodeProblem('min-hours', taken, pattern)).toBeNull();
  });

  it('names an empty, a malformed and a taken code', () => {
    expect(ruleCodeProblem('', taken, pattern)).toBe('required');
    expect(ruleCodeProblem('Min_Hours', taken, pattern)).toBe('pattern');
    expect(ruleCodeProblem('applicant-kind', taken, pattern)).toBe('duplicate');
  });
});

describe('moveItem', () => {
  it('moves an item up or down, keeping every other in order', () => {
    expect(moveItem(['a', 'b', 'c', 'd'], 2, 1)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveItem(['a', 'b', 'c', 'd'], 0, 3)).toEqual(['b', 'c', 'd', 'a']);
  });

  it('keeps the target within the list and leaves the input unchanged', () => {
    const list = ['a', 'b', 'c'];
    expect(moveItem(list, 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(list, 2, 9)).toEqual(['a', 'b', 'c']);
    expect(moveItem(list, 5, 0)).toEqual(['a', 'b', 'c']);
    expect(list).toEqual(['a', 'b', 'c']);
  });
});

describe('newRule and isComplete', () => {
  it("writes a rule in the meta-schema's shape, keys in the files' order", () => {
    const label = { 'zh-CN': '最低机时', en: 'Minimum hours' };
    const reason = { 'zh-CN': '机时不足', en: 'Too few hours' };
    const rule = newRule('min-hours', label, { '>=': [{ var: 'hours' }, 10] }, reason);
    expect(Object.keys(rule)).toEqual(['code', 'label', 'when', 'reason']);
    expect(rule).toEqual({ code: 'min-hours', label, when: { '>=': [{ var: 'hours' }, 10] }, reason });
  });

  it('calls a label complete only when both languages are written', () => {
    expect(isComplete({ 'zh-CN': '名', en: 'name' })).toBe(true);
    expect(isComplete({ 'zh-CN': '名', en: ' ' })).toBe(false);
    expect(isComplete({ 'zh-CN': '', en: 'name' })).toBe(false);
  });
});
