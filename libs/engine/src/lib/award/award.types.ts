import type { CompiledExpression, ExprType, Scope } from '../../expression/expression.types';
import type { Rounding } from '../money';
import type { Band, ParameterType } from '../measure/parameters';
import type { AwardOutcome, Label, MeasureFamily, TraceLine } from '../types';

/** Records a trace line as a message key and its parameters (rendered on read); a no-op while matching. */
export type Note = (step: TraceLine['step'], ref: string | undefined, key: string, params?: Record<string, unknown>) => void;

export interface AwardRun {
  scope: Scope;
  note: Note;
}

/** A family's award rule, compiled once per measure. */
export interface CompiledAward {
  family: MeasureFamily;
  /** The amount depends on the review score. */
  usesScore: boolean;
  compute(run: AwardRun): AwardOutcome;
}

/** What a family compiler may ask of the measure being compiled. */
export interface AwardCompileEnv {
  /** Compiles an expression at a pointer of the measure file, checking its type. */
  expr(expr: unknown, pointer: string, types: ExprType[]): CompiledExpression;
  problem(pointer: string, message: string): void;
  paramType(name: string): ParameterType | undefined;
  paramLabel(name: string): Label;
  /** The label of what an expression reads: a field's or a parameter's label, else a generic one. */
  describe(expr: unknown, fallback: Label): Label;
}

export type AwardFamilyCompiler = (def: Record<string, unknown>, env: AwardCompileEnv) => CompiledAward;

export type { Band, Rounding };
