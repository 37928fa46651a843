import { type ApiIssue, Errors, pointerSegment } from '@pioneer/api-core';
import type { CompiledMeasure, Label } from '@pioneer/engine';

/** The size limits a form's schema declares, by field pointer (`*` for any array index). */
type Bounds = Map<string, { maxItems?: number; maxLength?: number; label: Label }>;

const cache = new WeakMap<CompiledMeasure, Bounds>();

function boundsOf(measure: CompiledMeasure): Bounds {
  let bounds = cache.get(measure);
  if (!bounds) {
    bounds = new Map();
    for (const field of measure.fields.values()) {
      const { maxItems, maxLength } = field.schema as { maxItems?: number; maxLength?: number };
      if (maxItems !== undefined || maxLength !== undefined) bounds.set(field.pointer, { maxItems, maxLength, label: field.label });
    }
    cache.set(measure, bounds);
  }
  return bounds;
}

/** Code points, as JSON Schema counts a string's length; counted only when it could matter. */
const lengthOver = (text: string, max: number): boolean => text.length > max && [...text].length > max;

/** The most issues one request reports: enough to fix a form, bounded for a hostile one. */
const MAX_BOUND_ISSUES = 20;

/**
 * The fields of `data` longer than their schema allows (lists over `maxItems`, text over
 * `maxLength`). Checked before the full validation, whose cost grows with the square of the
 * number of failing list items: an oversized list is refused here, in one pass. The edge has
 * already bounded depth and size, so this walk is cheap.
 */
export function oversizedFields(measure: CompiledMeasure, data: Record<string, unknown>): ApiIssue[] {
  const bounds = boundsOf(measure);
  const issues: ApiIssue[] = [];
  const walk = (value: unknown, pointer: string, pattern: string): void => {
    if (issues.length >= MAX_BOUND_ISSUES) return;
    const bound = bounds.get(pattern);
    if (Array.isArray(value)) {
      if (bound?.maxItems !== undefined && value.length > bound.maxItems) {
        issues.push({ pointer, message: { 'zh-CN': `${bound.label['zh-CN']}（${pointer}）最多 ${bound.maxItems} 项，收到 ${value.length} 项`, en: `${bound.label.en} (${pointer}) may have at most ${bound.maxItems} items; ${value.length} were sent` } });
        return;
      }
      value.forEach((item, index) => walk(item, `${pointer}/${index}`, `${pattern}/*`));
    } else if (typeof value === 'string') {
      if (bound?.maxLength !== undefined && lengthOver(value, bound.maxLength)) {
        issues.push({ pointer, message: { 'zh-CN': `${bound.label['zh-CN']}（${pointer}）最多 ${bound.maxLength} 个字符`, en: `${bound.label.en} (${pointer}) must have at most ${bound.maxLength} characters` } });
      }
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) walk(item, `${pointer}/${pointerSegment(key)}`, `${pattern}/${key}`);
    }
  };
  walk(data, '', '');
  return issues;
}

/** Throws a 400 naming the oversized fields, before any validator runs. */
export function assertWithinFormBounds(measure: CompiledMeasure, data: Record<string, unknown>): void {
  const issues = oversizedFields(measure, data);
  if (issues.length) throw Errors.validation(issues);
}
