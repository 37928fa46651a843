import { collectFields, parseMoneyInput, parseRate, type Label } from '@pioneer/engine';
import type { JsonObject } from '@pioneer/sdk';

/** The expression types a rule's operands can have, as the engine's checker names them. */
export type OperandType = 'boolean' | 'integer' | 'number' | 'money' | 'rate' | 'date' | 'string';

/** Something a condition can read by name: a form field (`var`) or a parameter (`param`). */
export interface NamedOperand {
  kind: 'field' | 'param';
  name: string;
  type: OperandType;
  label: Label;
  /** A string field's allowed values, with their labels when the form has them. */
  choices?: Array<{ value: string; label?: Label }>;
}

/** One side of a comparison: a named operand, or a value typed in (already parsed). */
export type Operand = { kind: 'field' | 'param'; name: string } | { kind: 'value'; value: unknown };

export const COMPARISONS = ['==', '!=', '<', '<=', '>', '>='] as const;
export type Comparison = (typeof COMPARISONS)[number];
/** A form field filled in, or left empty (the engine's `present`, negated). */
export type Presence = 'present' | 'absent';

/** One condition built from the controls: a comparison, or whether a field is filled in. */
export interface Clause {
  operator: Comparison | Presence;
  left?: { kind: 'field' | 'param'; name: string };
  right?: Operand;
}

/** Several clauses, all of which (`and`) or any of which (`or`) must hold. */
export interface ConditionDraft {
  join: 'and' | 'or';
  clauses: Clause[];
}

const SCALAR = new Set<string>(['boolean', 'integer', 'number', 'money', 'rate', 'date', 'string']);
const NUMERIC = new Set<string>(['integer', 'number', 'money', 'rate']);

/** Whether `<`, `<=`, `>`, `>=` apply to values of this type (the engine orders numbers, money, rates and dates only). */
export const isOrdered = (type: OperandType | undefined): boolean => !!type && (NUMERIC.has(type) || type === 'date');

/** The operators that can hold for a left operand of this type: no choice the checker would only refuse. */
export function operatorsFor(left: NamedOperand | undefined): Array<Comparison | Presence> {
  if (!left) return [];
  const comparisons = COMPARISONS.filter((op) => isOrdered(left.type) || op === '==' || op === '!=');
  return left.kind === 'field' ? [...comparisons, 'present', 'absent'] : comparisons;
}

/** Two types the engine lets a comparison hold between: the same, or both numeric. */
export const comparable = (a: OperandType, b: OperandType): boolean => a === b || (NUMERIC.has(a) && NUMERIC.has(b));

/**
 * What the measure's conditions can read: every single-valued form field (from the form the edit
 * generates, every `$ref` inlined) and every single-valued parameter, with their labels.
 */
export function namedOperands(form: JsonObject | null, parameters: Record<string, { type: string; label?: Label }>): NamedOperand[] {
  const fields: NamedOperand[] = form
    ? [...collectFields(form, String(form.$id ?? ''), () => undefined).values()]
        .filter((f) => !f.path.includes('[]') && SCALAR.has(f.type))
        .map((f) => ({
          kind: 'field' as const,
          name: f.path,
          type: f.type as OperandType,
          label: f.label ?? { 'zh-CN': f.path, en: f.path },
          ...(f.enum ? { choices: f.enum.map((value) => ({ value: String(value), label: f.enumLabels?.[String(value)] })) } : {}),
        }))
    : [];
  const params: NamedOperand[] = Object.entries(parameters)
    .filter(([, def]) => SCALAR.has(def.type))
    .map(([name, def]) => ({ kind: 'param', name, type: def.type as OperandType, label: def.label ?? { 'zh-CN': name, en: name } }));
  return [...fields, ...params];
}

/** The problem with a value typed for an operand of a type, or the value as the expression holds it. */
export type ParsedValue = { ok: true; value: unknown } | { ok: false; problem: 'number' | 'integer' | 'money' | 'rate' | 'date' | 'empty' };

/**
 * A typed-in value as the expression language writes it: money as integer fen (typed as people
 * write it: 100万), a rate as basis points (typed as 50%, as parameters are: rates compare in basis
 * points), a date as `{"date": …}` (a bare string is a string), numbers as numbers.
 */
export function parseValue(type: OperandType, text: string): ParsedValue {
  const raw = text.trim();
  if (raw === '') return { ok: false, problem: 'empty' };
  switch (type) {
    case 'money': {
      const money = parseMoneyInput(raw);
      return money.ok && money.fen !== undefined && money.fen !== null ? { ok: true, value: money.fen } : { ok: false, problem: 'money' };
    }
    case 'integer':
      return Number.isSafeInteger(Number(raw)) ? { ok: true, value: Number(raw) } : { ok: false, problem: 'integer' };
    case 'rate': {
      const basisPoints = parseRate(raw);
      return basisPoints === null ? { ok: false, problem: 'rate' } : { ok: true, value: basisPoints };
    }
    case 'number':
      return Number.isFinite(Number(raw)) ? { ok: true, value: Number(raw) } : { ok: false, problem: 'number' };
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(raw) ? { ok: true, value: { date: raw } } : { ok: false, problem: 'date' };
    case 'boolean':
      return { ok: true, value: raw === 'true' };
    default:
      return { ok: true, value: text };
  }
}

const reference = (operand: { kind: 'field' | 'param'; name: string }): JsonObject =>
  operand.kind === 'field' ? { var: operand.name } : { param: operand.name };

/** One clause as an expression, or undefined while it lacks an operand. */
export function clauseExpression(clause: Clause): JsonObject | undefined {
  if (!clause.left) return undefined;
  if (clause.operator === 'present' || clause.operator === 'absent') {
    if (clause.left.kind !== 'field') return undefined;
    const present = { present: clause.left.name };
    return clause.operator === 'present' ? present : { not: present };
  }
  const right = clause.right;
  if (!right || (right.kind === 'value' && right.value === undefined)) return undefined;
  return { [clause.operator]: [reference(clause.left), right.kind === 'value' ? (right.value as never) : reference(right)] };
}

/** The whole condition (a rule's `when`): one clause as it is, several joined by `and` or `or`; undefined while any is incomplete. */
export function conditionExpression(draft: ConditionDraft): JsonObject | undefined {
  const parts = draft.clauses.map(clauseExpression);
  if (parts.length === 0 || parts.some((p) => p === undefined)) return undefined;
  return parts.length === 1 ? parts[0] : { [draft.join]: parts as JsonObject[] };
}

/**
 * The operators an existing rule's condition can be switched to while keeping its operands: a
 * comparison to another comparison (ordering ones only when the left operand is known to be
 * ordered or is a sub-expression), `and` to `or` and back; anything else only in the JSON.
 */
export function switchableOperators(when: unknown, operands: NamedOperand[]): string[] {
  if (!when || typeof when !== 'object' || Array.isArray(when)) return [];
  const [operator] = Object.keys(when);
  const args = (when as Record<string, unknown>)[operator];
  if (operator === 'and' || operator === 'or') return ['and', 'or'];
  if (!(COMPARISONS as readonly string[]).includes(operator) || !Array.isArray(args) || args.length !== 2) return [];
  const left = args[0] as Record<string, unknown> | null;
  const named = left && typeof left === 'object' ? operands.find((o) => (o.kind === 'field' ? left.var : left.param) === o.name) : undefined;
  return COMPARISONS.filter((op) => op === '==' || op === '!=' || !named || isOrdered(named.type));
}
