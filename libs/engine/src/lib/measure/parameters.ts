import type { ExprType } from '../../expression/expression.types';
import { isDate } from '../dates';
import { parseRate } from '../money';
import { checkRubric, type Rubric } from '../rubric';
import type { Label, SchemaProblem } from '../types';

export type ParameterType = 'money' | 'rate' | 'integer' | 'boolean' | 'string' | 'string-list' | 'bands' | 'date';

export interface ParameterDef {
  type: ParameterType;
  label: Label;
  description?: Label;
  source?: 'policy-text' | 'implementation-rule';
}

/** A score band: a combined score of at least `minScore` earns `share` (basis points) of the maximum. */
export interface Band {
  minScore: number;
  share: number;
}

/** One version of a measure's parameters, values parsed (rates to basis points, bands sorted). */
export interface ParameterVersion {
  version: string;
  effectiveFrom: string;
  effectiveTo?: string;
  note?: Label;
  values: Record<string, unknown>;
  /** The rubric of this version, when it changes the measure's x-rubric (rubrics are versioned with the parameters). */
  rubric?: Rubric;
}

/** Parameter types as the expression checker sees them. */
export const PARAMETER_EXPR_TYPE: Record<ParameterType, ExprType> = {
  money: 'money',
  rate: 'rate',
  integer: 'integer',
  boolean: 'boolean',
  string: 'string',
  'string-list': 'string-list',
  bands: 'bands',
  date: 'date',
};

function parseValue(type: ParameterType, raw: unknown): { value?: unknown; error?: string } {
  switch (type) {
    case 'money':
      return Number.isSafeInteger(raw) && (raw as number) >= 0 ? { value: raw } : { error: 'must be a non-negative integer amount of fen' };
    case 'rate': {
      const bp = parseRate(raw);
      return bp === null ? { error: 'must be a percentage written like "50%" or "12.5%"' } : { value: bp };
    }
    case 'integer':
      return Number.isSafeInteger(raw) ? { value: raw } : { error: 'must be an integer' };
    case 'boolean':
      return typeof raw === 'boolean' ? { value: raw } : { error: 'must be true or false' };
    case 'date':
      return isDate(raw) ? { value: raw } : { error: 'must be a date written YYYY-MM-DD' };
    case 'string':
      return typeof raw === 'string' ? { value: raw } : { error: 'must be a string' };
    case 'string-list':
      return Array.isArray(raw) && raw.every((s) => typeof s === 'string') ? { value: raw } : { error: 'must be a list of strings' };
    case 'bands': {
      if (!Array.isArray(raw) || raw.length === 0) return { error: 'must be a non-empty list of {minScore, share}' };
      const bands: Band[] = [];
      for (const item of raw as Array<Record<string, unknown>>) {
        const share = parseRate(item?.share);
        const min = item?.minScore;
        if (typeof min !== 'number' || min < 0 || min > 100 || share === null) {
          return { error: 'each band needs minScore (0–100) and share ("80%")' };
        }
        bands.push({ minScore: min, share });
      }
      for (let i = 1; i < bands.length; i++) {
        if (bands[i].minScore >= bands[i - 1].minScore) return { error: 'bands must be listed from the highest minScore down' };
      }
      return { value: bands };
    }
  }
}

/**
 * Parses every version's values against the parameter definitions. Reports a missing value, an
 * unknown name, a wrong type, and overlapping or inverted effective windows.
 */
export function parseVersions(
  file: string,
  defs: Record<string, ParameterDef>,
  versions: Array<Record<string, unknown>>,
  problems: SchemaProblem[],
): ParameterVersion[] {
  const parsed: ParameterVersion[] = [];
  versions.forEach((version, i) => {
    const at = `/x-versions/${i}`;
    const raw = (version.values ?? {}) as Record<string, unknown>;
    const values: Record<string, unknown> = {};
    for (const [name, def] of Object.entries(defs)) {
      if (!(name in raw)) {
        problems.push({
          file,
          pointer: `${at}/values`,
          message: `missing parameter '${name}' (${def.type}) in version ${String(version.version)}`,
        });
        continue;
      }
      const { value, error } = parseValue(def.type, raw[name]);
      if (error) problems.push({ file, pointer: `${at}/values/${name}`, message: `parameter '${name}' ${error}` });
      else values[name] = value;
    }
    for (const name of Object.keys(raw)) {
      if (!defs[name])
        problems.push({
          file,
          pointer: `${at}/values/${name}`,
          message: `value for undefined parameter '${name}' (declare it in x-parameters)`,
        });
    }
    const from = String(version.effectiveFrom);
    const to = version.effectiveTo === undefined ? undefined : String(version.effectiveTo);
    if (to !== undefined && isDate(from) && isDate(to) && to < from) {
      problems.push({ file, pointer: `${at}/effectiveTo`, message: `effectiveTo ${to} is before effectiveFrom ${from}` });
    }
    parsed.push({
      version: String(version.version),
      effectiveFrom: from,
      effectiveTo: to,
      note: version.note as Label | undefined,
      values,
      ...(version.rubric ? { rubric: version.rubric as Rubric } : {}),
    });
    if (version.rubric) checkRubric(file, version.rubric as Rubric, problems, `${at}/rubric`);
  });
  const sorted = [...parsed].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1];
    if (prev.effectiveTo === undefined || prev.effectiveTo >= sorted[i].effectiveFrom) {
      problems.push({
        file,
        pointer: '/x-versions',
        message: `versions ${prev.version} and ${sorted[i].version} overlap: give ${prev.version} an effectiveTo before ${sorted[i].effectiveFrom}`,
      });
    }
  }
  return sorted;
}

/** The version in force on a date, or undefined. */
export function versionInForce(versions: ParameterVersion[], asOf: string): ParameterVersion | undefined {
  for (let i = versions.length - 1; i >= 0; i--) {
    const v = versions[i];
    if (v.effectiveFrom <= asOf && (v.effectiveTo === undefined || asOf <= v.effectiveTo)) return v;
  }
  return undefined;
}
