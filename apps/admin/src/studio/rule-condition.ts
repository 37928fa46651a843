import { collectFields, parseMoneyInput, parseRate, type Label } from '@pioneer/engine';
import type { JsonObject } from '@pioneer/sdk';
import { monthsSinceLabel } from './rule-messages';

/** The expression types a rule's operands can have, as the engine's checker names them. */
export type OperandType = 'boolean' | 'integer' | 'number' | 'money' | 'rate' | 'date' | 'string' | 'string-list';

/**
 * What a condition can read by name: a form field (`var`), a parameter (`param`), or the whole
 * months from a date field to the application date (`monthsBetween` of the field and `asOf`), the
 * way the policy words its windows ("signed within the last 12 months").
 */
export type OperandKind = 'field' | 'param' | 'monthsSince';

/** Something a condition can read by name. */
export interface NamedOperand {
  kind: OperandKind;
  name: string;
  type: OperandType;
  label: Label;
  /** A string field's allowed values, with their labels when the form has them. */
  choices?: Array<{ value: string; label?: Label }>;
}

/** A named operand as a clause holds it. */
export type OperandRef = { kind: OperandKind; name: string };

/** One side of a comparison: a named operand, or a value typed in (already parsed; a list of strings for `in`). */
export type Operand = OperandRef | { kind: 'value'; value: unknown };

export const COMPARISONS = ['==', '!=', '<', '<=', '>', '>='] as const;
export type Comparison = (typeof COMPARISONS)[number];
/** A form field filled in, or left empty (the engine's `present`, negated). */
export type Presence = 'present' | 'absent';
/** A text among listed values, or among none of them (the engine's `in`, negated). */
export type Membership = 'in' | 'notIn';
export type ClauseOperator = Comparison | Presence | Membership;

/** One condition built from the controls: a comparison, a membership, or whether a field is filled in. */
export interface Clause {
  operator: ClauseOperator;
  left?: OperandRef;
  right?: Operand;
}

/** Several clauses, all of which (`and`) or any of which (`or`) must hold. */
export interface ConditionDraft {
  join: 'and' | 'or';
  clauses: Clause[];
}

const SCALAR = new Set<string>(['boolean', 'integer', 'number', 'money', 'rate', 'date', 'string']);
/** What a parameter may be to be read by a condition: a single value, or a list of texts for `in`. */
const READABLE_PARAMETER = new Set<string>([...SCALAR, 'string-list']);
const NUMERIC = new Set<string>(['integer', 'number', 'money', 'rate']);

/** Whether `<`, `<=`, `>`, `>=` apply to values of this type (the engine orders numbers, money, rates and dates only). */
export const isOrdered = (type: OperandType | undefined): boolean => !!type && (NUMERIC.has(type) || type === 'date');

export const isMembership = (operator: ClauseOperator): operator is Membership => operator === 'in' || operator === 'notIn';

/** The operators that can hold for a left operand of this type: no choice the checker would only refuse. */
export function operatorsFor(left: NamedOperand | undefined): ClauseOperator[] {
  if (!left || left.type === 'string-list') return [];
  const comparisons: ClauseOperator[] = COMPARISONS.filter((op) => isOrdered(left.type) || op === '==' || op === '!=');
  const memberships: ClauseOperator[] = left.type === 'string' ? ['in', 'notIn'] : [];
  return left.kind === 'field' ? [...comparisons, ...memberships, 'present', 'absent'] : [...comparisons, ...memberships];
}

/** What can stand on the right of a clause with this subject and operator: a list parameter for `in`, else one of a comparable type. */
export function rightOperands(left: NamedOperand, operator: ClauseOperator, operands: NamedOperand[]): NamedOperand[] {
  if (isMembership(operator)) return operands.filter((o) => o.kind === 'param' && o.type === 'string-list');
  return operands.filter((o) => o !== left && o.kind !== 'monthsSince' && o.type !== 'string-list' && comparable(o.type, left.type));
}

/** Plain numbers, which the engine compares with each other; money and rates only with their own kind. */
const PLAIN_NUMBER = new Set<string>(['integer', 'number']);

/** Two types the engine's checker lets a comparison hold between: the same, or both plain numbers. */
export const comparable = (a: OperandType, b: OperandType): boolean => a === b || (PLAIN_NUMBER.has(a) && PLAIN_NUMBER.has(b));

/**
 * What the measure's conditions can read: every single-valued form field (from the form the edit
 * generates, every `$ref` inlined), the months since each date field, and every single-valued or
 * text-list parameter, with their labels.
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
  const monthsSince: NamedOperand[] = fields
    .filter((f) => f.type === 'date')
    .map((f) => ({ kind: 'monthsSince', name: f.name, type: 'integer', label: monthsSinceLabel(f.label) }));
  const params: NamedOperand[] = Object.entries(parameters)
    .filter(([, def]) => READABLE_PARAMETER.has(def.type))
    .map(([name, def]) => ({ kind: 'param', name, type: def.type as OperandType, label: def.label ?? { 'zh-CN': name, en: name } }));
  return [...fields, ...monthsSince, ...params];
}

/** The problem with a value typed for an operand of a type, or the value as the expression holds it. */
export type ParsedValue = { ok: true; value: unknown } | { ok: false; problem: 'number' | 'integer' | 'money' | 'rate' | 'date' | 'empty' };

/** Texts listed as people list them: separated by commas (either width), 、, semicolons or lines. */
export function parseTextList(text: string): ParsedValue {
  const items = [...new Set(text.split(/[,，、;；\n]/).map((item) => item.trim()).filter(Boolean))];
  return items.length ? { ok: true, value: items } : { ok: false, problem: 'empty' };
}

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

function reference(operand: OperandRef): JsonObject {
  if (operand.kind === 'param') return { param: operand.name };
  if (operand.kind === 'monthsSince') return { monthsBetween: [{ var: operand.name }, { ctx: 'asOf' }] };
  return { var: operand.name };
}

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
  const operands = [reference(clause.left), right.kind === 'value' ? (right.value as never) : reference(right)];
  if (isMembership(clause.operator)) return clause.operator === 'in' ? { in: operands } : { not: { in: operands } };
  return { [clause.operator]: operands };
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
  const named = left && typeof left === 'object' ? operands.find((o) => o.kind !== 'monthsSince' && (o.kind === 'field' ? left.var : left.param) === o.name) : undefined;
  return COMPARISONS.filter((op) => op === '==' || op === '!=' || !named || isOrdered(named.type));
}
