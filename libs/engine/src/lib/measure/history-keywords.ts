import type { CompiledExpression, ExprType } from '../../expression/expression.types';
import type { FieldEntry } from '../fields';
import { pathReader } from '../policy/path-reader';
import type { Label, SchemaProblem } from '../types';

type Json = Record<string, unknown>;

/** What identifies the supported thing (`x-identity`): the key is read from the form, never typed as a free reference. */
export interface CompiledIdentity {
  label: Label;
  fields: string[];
  /** The key, or undefined when a field of it is missing. */
  read(app: unknown): string | undefined;
}

/** How often the same thing may be supported (`x-repeat`). */
export interface CompiledRepeat {
  within: 'ever' | 'budget-year' | 'years';
  years?: number;
  reason: Label;
}

/** Whose cap it is (`x-award.capScope`). */
export interface CompiledCapScope {
  per: 'application' | 'project' | 'applicant';
  budgetYear: boolean;
  label: Label;
  source?: 'policy-text' | 'implementation-rule';
  cap: CompiledExpression;
  /** Support of this measure the applicant declares from before the platform's records. */
  declared?: CompiledExpression;
}

type Expr = (expr: unknown, pointer: string, types: ExprType[]) => CompiledExpression;

export function compileIdentity(
  file: string,
  def: Json | undefined,
  fields: Map<string, FieldEntry>,
  problems: SchemaProblem[],
): CompiledIdentity | undefined {
  if (!def) return undefined;
  const paths = def.fields as string[];
  paths.forEach((path, i) => {
    const field = fields.get(path);
    const pointer = `/x-identity/fields/${i}`;
    if (!field) problems.push({ file, pointer, message: `reference to undefined field '${path}'` });
    else if (!field.required)
      problems.push({ file, pointer, message: `field '${path}' identifies what is supported, so the form must require it` });
    else if (!['string', 'integer', 'date'].includes(field.type))
      problems.push({ file, pointer, message: `field '${path}' is ${field.type}; an identity is made of strings, integers or dates` });
  });
  const readers = paths.map(pathReader);
  return {
    label: def.label as Label,
    fields: paths,
    read(app) {
      const parts: string[] = [];
      for (const read of readers) {
        const value = read(app);
        if (value === undefined || value === null || value === '') return undefined;
        parts.push(String(value));
      }
      return parts.join(' / ');
    },
  };
}

export function compileRepeat(def: Json | undefined): CompiledRepeat | undefined {
  if (!def) return undefined;
  return { within: def.within as CompiledRepeat['within'], years: def.years as number | undefined, reason: def.reason as Label };
}

export function compileCapScope(def: Json | undefined, expr: Expr): CompiledCapScope | undefined {
  if (!def) return undefined;
  return {
    per: def.per as CompiledCapScope['per'],
    budgetYear: def.budgetYear === true,
    label: def.label as Label,
    source: def.source as CompiledCapScope['source'],
    cap: expr(def.cap, '/x-award/capScope/cap', ['money']),
    declared: def.declared === undefined ? undefined : expr(def.declared, '/x-award/capScope/declared', ['money']),
  };
}

/** A field of the form declaring senior support for the project (`x-support`), for the cumulative cap. */
export interface CompiledSupport {
  level: 'national' | 'provincial';
  programme: Label;
  amount: CompiledExpression;
  date: CompiledExpression;
}

export function compileSupport(defs: Json[] | undefined, expr: Expr): CompiledSupport[] {
  return (defs ?? []).map((def, i) => ({
    level: def.level as CompiledSupport['level'],
    programme: def.programme as Label,
    amount: expr(def.amount, `/x-support/${i}/amount`, ['money']),
    date: expr(def.date, `/x-support/${i}/date`, ['date']),
  }));
}
