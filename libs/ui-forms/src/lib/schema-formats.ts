import { isValidUscc } from '@pioneer/engine';
import { fullFormats } from 'ajv-formats/dist/formats';

type FormatCheck = RegExp | ((value: string) => boolean);
type FormatEntry = FormatCheck | { type?: string; validate: FormatCheck } | true;

/**
 * The formats the engine's ajv knows (ajv-formats "full" and the engine's `uscc`), the same
 * functions and regular expressions the precompiled validators call: plain code, nothing compiled.
 */
const FORMATS: Record<string, FormatEntry> = { ...(fullFormats as Record<string, FormatEntry>), uscc: { type: 'string', validate: isValidUscc } };

/**
 * Whether `value` passes `format`. As ajv: a format only checks strings (or the type it declares),
 * and a format nobody defined passes (the engine's strict ajv refuses such a schema at `pioneer check`).
 */
export function passesFormat(format: string, value: unknown): boolean {
  const entry = FORMATS[format];
  if (entry === undefined || entry === true) return true;
  const { type, validate } = typeof entry === 'object' && !(entry instanceof RegExp) ? entry : { type: 'string', validate: entry };
  if (typeof value !== (type ?? 'string')) return true;
  return validate instanceof RegExp ? validate.test(String(value)) : (validate as (v: unknown) => boolean)(value);
}
