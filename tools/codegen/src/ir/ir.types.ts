import type { Budget, ExclusivityGroup, FormField, Label, MeasureFamily, PolicyInfo } from '@pioneer/engine';
import type { MeasureNames } from './names';

/**
 * The intermediate representation every emitter reads, and nothing else: emitters never open
 * schema files or call the engine, so each can be tested on a hand-made IR.
 */
export interface CodegenIR {
  policies: PolicyIR[];
}

export interface PolicyIR {
  code: string;
  name: Label;
  /** The policy folder relative to the repository root. */
  folder: string;
  validity: PolicyInfo['validity'];
  sections: Array<{ code: string; label: Label; measures: string[] }>;
  units: Array<{ code: string; label: Label }>;
  budgets: Budget[];
  exclusivityGroups: ExclusivityGroup[];
  measures: MeasureIR[];
  /** policy.json and every measure file as JSON, plus common/ and meta/: what the engine compiles at run time. */
  bundle: { policy: unknown; measures: Array<{ file: string; json: unknown }>; common: Array<{ file: string; json: unknown }>; meta: Array<{ file: string; json: unknown }> };
}

/** A form field: the engine's flattened view, without the schema. */
export type FieldIR = FormField;

export interface ParameterIR {
  name: string;
  type: string;
  label: Label;
  description?: Label;
  source?: string;
}

export interface VersionIR {
  version: string;
  effectiveFrom: string;
  effectiveTo?: string;
  note?: Label;
  /** Values as written in the schema (rates as "50%", money in fen). */
  values: Record<string, unknown>;
}

export interface MeasureIR {
  names: MeasureNames;
  policy: string;
  clause: string;
  name: Label;
  summary: Label;
  clauseText: Label;
  section: { code: string; label: Label };
  units: Array<{ code: string; label: Label }>;
  family: MeasureFamily;
  applicants: string[];
  /** The measure file relative to the repository root (banners name it). */
  sourceFile: string;
  /** The measure's JSON Schema with every $ref inlined: self-contained for types, validators, OpenAPI and forms. */
  schema: Record<string, unknown>;
  /** The form has fields (informational measures have none). */
  hasForm: boolean;
  fields: FieldIR[];
  /** Field paths shown as list columns, and offered as filters. */
  listFields: string[];
  filterFields: string[];
  parameters: ParameterIR[];
  versions: VersionIR[];
  eligibility: Array<{ code: string; label: Label; reason: Label }>;
  /** The award rule in words, both languages, with the current version's numbers. */
  formula: Label;
  budget?: Budget;
  exclusivityGroup?: ExclusivityGroup;
  rubric?: { criteria: Array<{ code: string; label: Label; description: Label; weight: number }>; scale: { min: number; max: number }; combine: { method: string; minReviewers: number }; source?: string };
  order: number;
}

/** A file an emitter produces: path relative to the repository root, and its full text. */
export interface GeneratedFile {
  path: string;
  content: string;
  /**
   * Already in its final layout (machine-made data, laid out by JSON.stringify): the formatter
   * leaves it alone, since prettier would spend seconds on megabytes no one reads by hand.
   */
  formatted?: boolean;
}

/** An emitter reads the IR and returns files; it writes nothing itself. */
export interface Emitter {
  name: string;
  /** Folders this emitter owns: stale `.gen.*` files in them are removed on generate. */
  outputs: string[];
  emit(ir: CodegenIR): GeneratedFile[] | Promise<GeneratedFile[]>;
}
