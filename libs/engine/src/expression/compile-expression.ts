import { addMonths, budgetYear, daysBetween, isDate, monthsBetween } from '../lib/dates';
import { BASIS_POINTS } from '../lib/money';
import { ARITHMETIC_OPERATORS } from './arithmetic.operators';
import {
  type CompiledExpression,
  ERROR,
  type ExprProblem,
  type ExprType,
  type ExpressionEnv,
  type Node,
  type OperatorCompiler,
  type OperatorHandler,
  type Scope,
  UNKNOWN,
} from './expression.types';
import { HISTORY_OPERATORS } from './history.operators';

/**
 * Checks an expression against the measure's fields, parameters and conditions, and compiles it
 * once into a closure. Nothing is evaluated from a string: each operator is a hand-written
 * function, and the language has no loops, so every expression terminates.
 *
 * Problems (unknown names, wrong arity, mismatched types) are pushed with the JSON pointer of
 * the offending node; the returned closure is then unusable and typed 'error'.
 */
export function compileExpression(expr: unknown, pointer: string, env: ExpressionEnv, problems: ExprProblem[]): CompiledExpression {
  const c = new Compiler(env, problems);
  const node = c.compile(expr, pointer);
  return { type: node.type, fn: node.fn, usesScore: c.usesScore };
}

const NUMERIC: ReadonlySet<string> = new Set(['integer', 'number']);

/** Walks a dot path; absent, null and empty-string values are "not given". */
function readPath(keys: string[]) {
  return (app: unknown): unknown => {
    let value: unknown = app;
    for (const key of keys) {
      if (value === null || typeof value !== 'object') return undefined;
      value = (value as Record<string, unknown>)[key];
    }
    return value === null || value === '' ? undefined : value;
  };
}

function same(a: ExprType | 'error', b: ExprType | 'error', literalB: boolean): boolean {
  if (a === 'error' || b === 'error') return true;
  if (a === b) return true;
  if (NUMERIC.has(a) && NUMERIC.has(b)) return true;
  // An integer literal is an amount of fen when compared with money.
  return literalB && a === 'money' && b === 'integer';
}

class Compiler implements OperatorCompiler {
  usesScore = false;
  constructor(
    readonly env: ExpressionEnv,
    private readonly problems: ExprProblem[],
  ) {}

  fail(pointer: string, message: string): Node {
    this.problems.push({ pointer, message });
    return ERROR;
  }

  compile(expr: unknown, at: string): Node {
    if (expr === null) return { type: 'null', fn: () => null, literal: null };
    if (typeof expr === 'boolean') return { type: 'boolean', fn: () => expr, literal: expr };
    if (typeof expr === 'string') return { type: 'string', fn: () => expr, literal: expr };
    if (typeof expr === 'number') {
      if (!Number.isFinite(expr)) return this.fail(at, 'numbers must be finite');
      return { type: Number.isInteger(expr) ? 'integer' : 'number', fn: () => expr, literal: expr };
    }
    if (Array.isArray(expr)) {
      if (!expr.every((item) => typeof item === 'string')) return this.fail(at, 'a literal list may hold strings only');
      const list = [...expr];
      return { type: 'string-list', fn: () => list, literal: list };
    }
    if (typeof expr !== 'object') return this.fail(at, `not an expression: ${JSON.stringify(expr)}`);
    const keys = Object.keys(expr);
    if (keys.length !== 1) return this.fail(at, `an operator object has exactly one key, found ${keys.length}`);
    const op = keys[0];
    const arg = (expr as Record<string, unknown>)[op];
    const here = `${at}/${escapePointer(op)}`;
    const handler = OPERATORS[op];
    if (!handler) return this.fail(at, `unknown operator '${op}' (known: ${Object.keys(OPERATORS).join(', ')})`);
    return (handler as Handler).call(this, arg, here);
  }

  args(arg: unknown, at: string, count: number | [number, number]): Node[] | null {
    const [min, max] = typeof count === 'number' ? [count, count] : count;
    if (!Array.isArray(arg) || arg.length < min || arg.length > max) {
      const want = min === max ? `${min}` : `${min} to ${max}`;
      this.problems.push({ pointer: at, message: `expects a list of ${want} arguments` });
      return null;
    }
    return arg.map((item, i) => this.compile(item, `${at}/${i}`));
  }

  expect(node: Node, types: ExprType[], at: string, what: string): boolean {
    if (node.type === 'error' || types.includes(node.type)) return true;
    if (types.includes('money') && node.type === 'integer' && node.literal !== undefined) return true;
    if (types.includes('number') && node.type === 'integer') return true;
    this.problems.push({ pointer: at, message: `type error: ${what} must be ${types.join(' or ')}, found ${node.type}` });
    return false;
  }

  var(arg: unknown, at: string): Node {
    if (typeof arg !== 'string') return this.fail(at, 'var takes a dot path string');
    const info = this.env.field(arg);
    if (!info) return this.fail(at, `reference to undefined field '${arg}'${suggest(arg, this.env.fieldPaths())}`);
    if (info.type === 'list' || info.type === 'object') {
      return this.fail(at, `field '${arg}' is ${info.type === 'list' ? 'a list (use count)' : 'an object'}; read one of its fields`);
    }
    const read = readPath(arg.split('.'));
    const node: Node & { enumValues?: readonly unknown[] } = {
      type: info.type,
      fn: (s) => {
        const v = read(s.app);
        return v === undefined ? UNKNOWN : v;
      },
    };
    node.enumValues = info.enum;
    return node;
  }

  present(arg: unknown, at: string): Node {
    if (typeof arg !== 'string') return this.fail(at, 'present takes a dot path string');
    if (!this.env.field(arg)) return this.fail(at, `reference to undefined field '${arg}'${suggest(arg, this.env.fieldPaths())}`);
    const read = readPath(arg.split('.'));
    return {
      type: 'boolean',
      fn: (s) => {
        const v = read(s.app);
        if (v !== undefined && !(Array.isArray(v) && v.length === 0)) return true;
        return s.partial ? UNKNOWN : false;
      },
    };
  }

  count(arg: unknown, at: string): Node {
    if (typeof arg !== 'string') return this.fail(at, 'count takes a dot path string');
    const info = this.env.field(arg);
    if (!info) return this.fail(at, `reference to undefined field '${arg}'${suggest(arg, this.env.fieldPaths())}`);
    if (info.type !== 'list' && info.type !== 'string-list') return this.fail(at, `count needs a list field; '${arg}' is ${info.type}`);
    const read = readPath(arg.split('.'));
    return {
      type: 'integer',
      fn: (s) => {
        const v = read(s.app);
        if (Array.isArray(v)) return v.length;
        return s.partial ? UNKNOWN : 0;
      },
    };
  }

  param(arg: unknown, at: string): Node {
    if (typeof arg !== 'string') return this.fail(at, 'param takes a parameter name');
    const type = this.env.param(arg);
    if (!type) return this.fail(at, `reference to undefined parameter '${arg}'${suggest(arg, this.env.paramNames())}`);
    return { type, fn: (s) => s.params[arg] };
  }

  cond(arg: unknown, at: string): Node {
    if (typeof arg !== 'string') return this.fail(at, 'cond takes a condition name');
    const compiled = this.env.condition(arg, this.problems);
    if (!compiled) return this.fail(at, `reference to undefined condition '${arg}'${suggest(arg, this.env.conditionNames())}`);
    if (compiled.usesScore) this.usesScore = true;
    // Resolved lazily: conditions may be compiled after the expressions that use them.
    return { type: compiled.type === 'error' ? 'error' : 'boolean', fn: (s) => compiled.fn(s) };
  }

  ctx(arg: unknown, at: string): Node {
    if (arg === 'asOf') return { type: 'date', fn: (s) => s.asOf };
    if (arg === 'score') {
      this.usesScore = true;
      return { type: 'number', fn: (s) => s.score };
    }
    return this.fail(at, `unknown context value '${String(arg)}' (known: asOf, score)`);
  }

  compare(op: string, test: (a: never, b: never) => boolean, ordered: boolean) {
    return function (this: Compiler, arg: unknown, at: string): Node {
      const nodes = this.args(arg, at, 2);
      if (!nodes) return ERROR;
      const [a, b] = nodes;
      if (!same(a.type, b.type, b.literal !== undefined) && !same(b.type, a.type, a.literal !== undefined)) {
        return this.fail(at, `type error: '${op}' compares ${a.type} with ${b.type}`);
      }
      if (ordered && !['integer', 'number', 'money', 'date', 'rate', 'error'].includes(a.type)) {
        return this.fail(at, `type error: '${op}' orders numbers, money or dates, not ${a.type}`);
      }
      this.checkEnumLiteral(a, b, `${at}/1`);
      this.checkEnumLiteral(b, a, `${at}/0`);
      const fa = a.fn;
      const fb = b.fn;
      return {
        type: 'boolean',
        fn: (s) => {
          const x = fa(s);
          if (x === UNKNOWN) return UNKNOWN;
          const y = fb(s);
          if (y === UNKNOWN) return UNKNOWN;
          return test(x as never, y as never);
        },
      };
    };
  }

  checkEnumLiteral(field: Node & { enumValues?: readonly unknown[] }, literal: Node, at: string) {
    if (!field.enumValues || literal.literal === undefined) return;
    const values = Array.isArray(literal.literal) ? literal.literal : [literal.literal];
    for (const value of values) {
      if (!field.enumValues.includes(value)) {
        this.problems.push({
          pointer: at,
          message: `'${String(value)}' is not one of the field's values (${field.enumValues.join(', ')})`,
        });
      }
    }
  }

  logic(op: 'and' | 'or') {
    return function (this: Compiler, arg: unknown, at: string): Node {
      const nodes = this.args(arg, at, [1, 16]);
      if (!nodes) return ERROR;
      nodes.forEach((n, i) => this.expect(n, ['boolean'], `${at}/${i}`, `each argument of '${op}'`));
      const fns = nodes.map((n) => n.fn);
      const decisive = op === 'or';
      return {
        type: 'boolean',
        fn: (s) => {
          let unknown = false;
          for (const f of fns) {
            const v = f(s);
            if (v === UNKNOWN) unknown = true;
            else if (v === decisive) return decisive;
          }
          return unknown ? UNKNOWN : !decisive;
        },
      };
    };
  }

  not(arg: unknown, at: string): Node {
    const node = this.compile(Array.isArray(arg) && arg.length === 1 ? arg[0] : arg, at);
    this.expect(node, ['boolean'], at, "the argument of 'not'");
    const f = node.fn;
    return {
      type: 'boolean',
      fn: (s) => {
        const v = f(s);
        return v === UNKNOWN ? UNKNOWN : !v;
      },
    };
  }

  in(arg: unknown, at: string): Node {
    const nodes = this.args(arg, at, 2);
    if (!nodes) return ERROR;
    const [item, list] = nodes;
    this.expect(item, ['string'], `${at}/0`, "the first argument of 'in'");
    this.expect(list, ['string-list'], `${at}/1`, "the second argument of 'in'");
    this.checkEnumLiteral(item, list, `${at}/1`);
    const fi = item.fn;
    const fl = list.fn;
    return {
      type: 'boolean',
      fn: (s) => {
        const v = fi(s);
        if (v === UNKNOWN) return UNKNOWN;
        return (fl(s) as unknown[]).includes(v);
      },
    };
  }

  if(arg: unknown, at: string): Node {
    const nodes = this.args(arg, at, 3);
    if (!nodes) return ERROR;
    const [c, t, e] = nodes;
    this.expect(c, ['boolean'], `${at}/0`, "the condition of 'if'");
    if (!same(t.type, e.type, e.literal !== undefined) && !same(e.type, t.type, t.literal !== undefined)) {
      return this.fail(at, `type error: 'if' branches differ (${t.type} and ${e.type})`);
    }
    const [fc, ft, fe] = [c.fn, t.fn, e.fn];
    return {
      type: t.literal !== undefined ? e.type : t.type,
      fn: (s) => {
        const v = fc(s);
        return v === UNKNOWN ? UNKNOWN : v ? ft(s) : fe(s);
      },
    };
  }

  arithmetic(op: 'min' | 'max' | '+' | '-') {
    return function (this: Compiler, arg: unknown, at: string): Node {
      const nodes = this.args(arg, at, op === '-' ? 2 : [2, 16]);
      if (!nodes) return ERROR;
      const typed = nodes.find((n) => n.literal === undefined && n.type !== 'error') ?? nodes[0];
      const type = typed.type === 'error' ? 'error' : typed.type;
      if (type !== 'error' && !['money', 'integer', 'number'].includes(type))
        return this.fail(at, `type error: '${op}' works on money or numbers, not ${type}`);
      nodes.forEach((n, i) => {
        if (!same(type, n.type, n.literal !== undefined))
          this.problems.push({ pointer: `${at}/${i}`, message: `type error: '${op}' mixes ${type} with ${n.type}` });
      });
      const fns = nodes.map((n) => n.fn);
      const reduce = { min: Math.min, max: Math.max, '+': (a: number, b: number) => a + b, '-': (a: number, b: number) => a - b }[op];
      return {
        type,
        fn: (s) => {
          let acc = fns[0](s);
          if (acc === UNKNOWN) return UNKNOWN;
          for (let i = 1; i < fns.length; i++) {
            const v = fns[i](s);
            if (v === UNKNOWN) return UNKNOWN;
            acc = reduce(acc as number, v as number);
          }
          return acc;
        },
      };
    };
  }

  share(arg: unknown, at: string): Node {
    const nodes = this.args(arg, at, 2);
    if (!nodes) return ERROR;
    const [base, rate] = nodes;
    this.expect(base, ['money'], `${at}/0`, "the base of 'share'");
    this.expect(rate, ['rate'], `${at}/1`, "the rate of 'share'");
    const [fb, fr] = [base.fn, rate.fn];
    return {
      type: 'money',
      fn: (s) => {
        const b = fb(s);
        const r = fr(s);
        if (b === UNKNOWN || r === UNKNOWN) return UNKNOWN;
        return Number((BigInt(b as number) * BigInt(r as number)) / BigInt(BASIS_POINTS));
      },
    };
  }

  dateDiff(op: string, diff: (a: string, b: string) => number) {
    return function (this: Compiler, arg: unknown, at: string): Node {
      const nodes = this.args(arg, at, 2);
      if (!nodes) return ERROR;
      nodes.forEach((n, i) => this.expect(n, ['date'], `${at}/${i}`, `each argument of '${op}'`));
      const [fa, fb] = nodes.map((n) => n.fn);
      return {
        type: 'integer',
        fn: (s) => {
          const a = fa(s);
          const b = fb(s);
          if (!isDate(a) || !isDate(b)) return UNKNOWN;
          return diff(a, b);
        },
      };
    };
  }
}

/** `{"yearOf": [date]}`: the (budget) year of a date, an integer — "the previous year" is yearOf(asOf) − 1. */
function yearOf(this: Compiler, arg: unknown, at: string): Node {
  const nodes = this.args(arg, at, 1);
  if (!nodes) return ERROR;
  this.expect(nodes[0], ['date'], `${at}/0`, "the argument of 'yearOf'");
  const f = nodes[0].fn;
  return {
    type: 'integer',
    fn: (s) => {
      const v = f(s);
      return isDate(v) ? budgetYear(v) : UNKNOWN;
    },
  };
}

/** `{"addMonths": [date, integer]}`: a date so many calendar months later (end of month clamped). */
function addMonthsOp(this: Compiler, arg: unknown, at: string): Node {
  const nodes = this.args(arg, at, 2);
  if (!nodes) return ERROR;
  this.expect(nodes[0], ['date'], `${at}/0`, "the date of 'addMonths'");
  this.expect(nodes[1], ['integer'], `${at}/1`, "the months of 'addMonths'");
  const [fd, fm] = [nodes[0].fn, nodes[1].fn];
  return {
    type: 'date',
    fn: (s) => {
      const d = fd(s);
      const m = fm(s);
      return isDate(d) && typeof m === 'number' ? addMonths(d, m) : UNKNOWN;
    },
  };
}

type Handler = (this: Compiler, arg: unknown, at: string) => Node;
const proto = Compiler.prototype;
const OPERATORS: Record<string, Handler | OperatorHandler> = {
  var: proto.var,
  present: proto.present,
  count: proto.count,
  param: proto.param,
  cond: proto.cond,
  ctx: proto.ctx,
  '==': proto.compare('==', (a, b) => a === b, false),
  '!=': proto.compare('!=', (a, b) => a !== b, false),
  '<': proto.compare('<', (a, b) => a < b, true),
  '<=': proto.compare('<=', (a, b) => a <= b, true),
  '>': proto.compare('>', (a, b) => a > b, true),
  '>=': proto.compare('>=', (a, b) => a >= b, true),
  and: proto.logic('and'),
  or: proto.logic('or'),
  not: proto.not,
  in: proto.in,
  if: proto.if,
  min: proto.arithmetic('min'),
  max: proto.arithmetic('max'),
  '+': proto.arithmetic('+'),
  '-': proto.arithmetic('-'),
  share: proto.share,
  monthsBetween: proto.dateDiff('monthsBetween', monthsBetween),
  daysBetween: proto.dateDiff('daysBetween', daysBetween),
  yearOf,
  addMonths: addMonthsOp,
  ...ARITHMETIC_OPERATORS,
  ...HISTORY_OPERATORS,
};

/** The operator names the language knows, for documentation and the meta-schema test. */
export const OPERATOR_NAMES = Object.keys(OPERATORS);

export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** " (did you mean 'x'?)" for a near miss, else the list of known names when short. */
function suggest(name: string, known: string[]): string {
  let close: string | undefined;
  let best = 3;
  for (const k of known) {
    const d = distance(k, name);
    if (d < best) [close, best] = [k, d];
  }
  if (close) return ` (did you mean '${close}'?)`;
  return known.length && known.length <= 12 ? ` (known: ${known.join(', ')})` : '';
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

export type { Scope };
