import { roundDivide, type RoundingMode } from '../lib/money';
import { ERROR, type Node, type OperatorCompiler, type OperatorHandler, UNKNOWN } from './expression.types';

const ROUNDING_MODES: readonly RoundingMode[] = ['floor', 'ceil', 'half-up', 'half-even'];
const MULTIPLIABLE = ['money', 'integer', 'number'] as const;

/**
 * `{"*": [a, b, …]}`: a product. Money may be multiplied by integers only (a limit in fen per m²
 * per month × m² × months stays exact fen); money × money and money × a fraction are type errors,
 * as a fraction of money needs a declared rounding (`/`). Integers multiply exactly (bigint); a
 * product past the safe integers is unknown rather than wrong.
 */
function multiply(this: OperatorCompiler, arg: unknown, at: string): Node {
  const nodes = this.args(arg, at, [2, 16]);
  if (!nodes) return ERROR;
  if (!nodes.every((n, i) => this.expect(n, [...MULTIPLIABLE], `${at}/${i}`, "each factor of '*'"))) return ERROR;
  const money = nodes.filter((n) => n.type === 'money').length;
  const fractional = nodes.some((n) => n.type === 'number');
  if (money > 1) return this.fail(at, "type error: '*' multiplies money by money; one factor may be money, the others integers");
  if (money && fractional)
    return this.fail(at, "type error: '*' multiplies money by a fractional number; use integer quantities, or '/' with a rounding mode");
  if (nodes.some((n) => n.type === 'error')) return ERROR;
  const type = money ? 'money' : fractional ? 'number' : 'integer';
  const fns = nodes.map((n) => n.fn);
  return {
    type,
    fn: (s) => {
      const values: number[] = [];
      for (const f of fns) {
        const v = f(s);
        if (v === UNKNOWN || typeof v !== 'number') return UNKNOWN;
        values.push(v);
      }
      if (type === 'number') return values.reduce((a, b) => a * b, 1);
      const product = values.reduce((a, b) => a * BigInt(b), 1n);
      const value = Number(product);
      return Number.isSafeInteger(value) ? value : UNKNOWN;
    },
  };
}

/**
 * `{"/": [a, b, "floor" | "ceil" | "half-up" | "half-even"]}`: money or an integer divided by an
 * integer, rounded to a whole fen (or whole number) with the mode written in the rule: no float.
 * Rounding applies to the magnitude; division by zero is unknown (the rule is not met, the
 * award waits on the facts) rather than an error at run time.
 */
function divide(this: OperatorCompiler, arg: unknown, at: string): Node {
  if (!Array.isArray(arg) || arg.length !== 3)
    return this.fail(at, "'/' takes [dividend, divisor, rounding mode] (mode: floor, ceil, half-up or half-even)");
  const mode = arg[2];
  if (typeof mode !== 'string' || !ROUNDING_MODES.includes(mode as RoundingMode))
    return this.fail(`${at}/2`, `unknown rounding mode ${JSON.stringify(mode)} (known: ${ROUNDING_MODES.join(', ')})`);
  const nodes = this.args(arg.slice(0, 2), at, 2);
  if (!nodes) return ERROR;
  const [a, b] = nodes;
  const okA = this.expect(a, ['money', 'integer'], `${at}/0`, "the dividend of '/'");
  const okB = this.expect(b, ['integer'], `${at}/1`, "the divisor of '/'");
  if (!okA || !okB || a.type === 'error' || b.type === 'error') return ERROR;
  const [fa, fb] = [a.fn, b.fn];
  return {
    type: a.type,
    fn: (s) => {
      const x = fa(s);
      const y = fb(s);
      if (typeof x !== 'number' || typeof y !== 'number' || y === 0) return UNKNOWN;
      const magnitude = Number(roundDivide(BigInt(Math.abs(x)), BigInt(Math.abs(y)), mode as RoundingMode));
      return x < 0 !== y < 0 && magnitude !== 0 ? -magnitude : magnitude;
    },
  };
}

/** `{"date": "2025-07-01"}`: a date literal, typed date (a bare string is a string). */
function dateLiteral(this: OperatorCompiler, arg: unknown, at: string): Node {
  if (typeof arg !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(arg))
    return this.fail(at, `a date literal is written YYYY-MM-DD, not ${JSON.stringify(arg)}`);
  return { type: 'date', fn: () => arg, literal: arg };
}

export const ARITHMETIC_OPERATORS: Record<string, OperatorHandler> = { '*': multiply, '/': divide, date: dateLiteral };
