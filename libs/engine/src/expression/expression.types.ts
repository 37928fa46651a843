/** Types shared by the expression checker and compiler. */

import type { FundingRecord } from '../lib/types';

/** The value of an expression whose inputs are not all known yet (matching a partial profile). */
export const UNKNOWN: unique symbol = Symbol('unknown');
export type Unknown = typeof UNKNOWN;

/** What a compiled expression reads when it runs. */
export interface Scope {
  /** The application (or, when matching, the partial profile). */
  app: unknown;
  /** Parameter values of the version in force, already parsed (rates as basis points). */
  params: Record<string, unknown>;
  /** Submission date, YYYY-MM-DD. */
  asOf: string;
  /** Combined review score 0–100, or UNKNOWN before review. */
  score: number | Unknown;
  /** true while matching: an absent field is unknown rather than absent. */
  partial: boolean;
  /** The applicant's funding history, for `awarded`; absent while matching (then `awarded` is unknown). */
  history?: HistoryScope;
}

/** What `awarded` reads: the funding records, and who and what the application is about. */
export interface HistoryScope {
  records: FundingRecord[];
  /** Code of the policy evaluating: a record without `policy`, and a reference without one, mean this policy. */
  policy: string;
  applicantId: unknown;
  /** The identity key of what this application asks support for (x-identity, else the project reference). */
  key: string | undefined;
}

export type Compiled = (scope: Scope) => unknown;

export type ExprType =
  'boolean' | 'integer' | 'number' | 'money' | 'rate' | 'date' | 'string' | 'string-list' | 'bands' | 'list' | 'object' | 'null';

/** What the checker knows of a form field. */
export interface FieldInfo {
  type: ExprType;
  /** Allowed values of a string field with an enum, to catch misspelt literals. */
  enum?: readonly unknown[];
}

/** Where names resolve while checking and compiling one measure's expressions. */
export interface ExpressionEnv {
  field(path: string): FieldInfo | undefined;
  fieldPaths(): string[];
  param(name: string): ExprType | undefined;
  paramNames(): string[];
  /** Compiles (once) and returns a named condition, or undefined when there is none. */
  condition(name: string, problems: ExprProblem[]): CompiledExpression | undefined;
  conditionNames(): string[];
  /**
   * Called with every measure an expression names (`awarded`), so the policy (own measures) and
   * the set of policies (`policy/measure`) can check it exists once every measure is compiled.
   */
  measureRef?(ref: string, pointer: string): void;
}

export interface ExprProblem {
  pointer: string;
  message: string;
}

export interface CompiledExpression {
  type: ExprType | 'error';
  fn: Compiled;
  /** The expression reads the review score, so before review it is undecided. */
  usesScore: boolean;
}

/** A checked, compiled node: its type, its closure, and its value when it is a literal. */
export type Node = { type: ExprType | 'error'; fn: Compiled; literal?: unknown };

/** The node of an expression with a problem: typed 'error', so no further type errors cascade from it. */
export const ERROR: Node = { type: 'error', fn: () => UNKNOWN };

/** What an operator's handler may ask of the compiler (operators live in files by theme). */
export interface OperatorCompiler {
  readonly env: ExpressionEnv;
  /** Records a problem at a pointer and returns ERROR. */
  fail(pointer: string, message: string): Node;
  /** Compiles a list of `count` arguments, or records a problem and returns null. */
  args(arg: unknown, at: string, count: number | [number, number]): Node[] | null;
  /** Checks a node's type; records a problem and returns false when it is none of `types`. */
  expect(node: Node, types: ExprType[], at: string, what: string): boolean;
}

export type OperatorHandler = (this: OperatorCompiler, arg: unknown, at: string) => Node;
