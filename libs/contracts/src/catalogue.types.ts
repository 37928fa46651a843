import type { FormField, Label, MeasureFamily } from '@pioneer/engine';

/** A form field as the apps see it (flattened from the measure schema). */
export type CatalogueField = FormField;

/** What the apps know of a measure without running the engine. */
export interface MeasureCatalogueEntry {
  code: string;
  pascal: string;
  camel: string;
  typeName: string;
  /** API route without the `/api` prefix: `/measures/<code>/applications`. */
  route: string;
  policy: string;
  /** The policy's validity (P6), YYYY-MM-DD: applications are accepted from `from` until `to`. */
  validity: { from: string; to: string };
  clause: string;
  name: Label;
  summary: Label;
  /** The award rule in words with the current numbers. */
  formula: Label;
  section: { code: string; label: Label };
  family: MeasureFamily;
  hasForm: boolean;
  listFields: readonly string[];
  filterFields: readonly string[];
  fields: readonly CatalogueField[];
  budget: { code: string; label: Label; annualAmount: number } | null;
  rubric: { criteria: ReadonlyArray<{ code: string; label: Label; description: Label; weight: number }>; scale: { min: number; max: number }; combine: { method: string; minReviewers: number }; source?: string } | null;
  order: number;
}

export interface SectionEntry {
  policy: string;
  code: string;
  label: Label;
  measures: readonly string[];
}
