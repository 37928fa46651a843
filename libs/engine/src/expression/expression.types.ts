/** Types shared by the expression checker and compiler. */

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
