import type { JsonObject, StudioEdit } from '@pioneer/sdk';

/** A new measure staged by the API (not yet a file): what the studio edits until it is published. */
export interface StagedMeasure {
  policy: string;
  code: string;
  file: string;
  measure: JsonObject;
  newCases: NonNullable<StudioEdit['newCases']>;
  placement: NonNullable<StudioEdit['placement']>;
  example: JsonObject | null;
  metaSchema: JsonObject;
}

// Kept for the session only: a staged measure that is never published leaves nothing behind.
const staged = new Map<string, StagedMeasure>();

export const stageMeasure = (measure: StagedMeasure): void => void staged.set(measure.code, measure);

/** The staged measure of this code, if the studio created one in this session. */
export const stagedMeasure = (code: string): StagedMeasure | undefined => staged.get(code);
