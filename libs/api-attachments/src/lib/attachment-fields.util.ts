import type { CompiledMeasure, Label } from '@pioneer/engine';

type Json = Record<string, unknown>;

/** The attachment schema's own cap (`schemas/common/attachment.json`: size ≤ 100 MiB). */
export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;

/** An attachment field of a measure's form and what its files may be, read from its schema. */
export interface AttachmentField {
  /** JSON pointer of the field in an application (`*` for any index of an enclosing list). */
  pointer: string;
  label: Label;
  /** A list of references (most measures), or a single one. */
  list: boolean;
  /** The largest file the field's schema allows (`size.maximum`). */
  maxBytes: number;
  /** The media types the field's schema allows (`mediaType.enum`). */
  mediaTypes: string[];
}

/**
 * The attachment fields of a compiled measure: fields whose schema, or whose list items'
 * schema, carries `x-kind: attachment`. Limits come from the reference's own schema, so a
 * measure that narrows `size` or `mediaType` for one field narrows its uploads: nothing here
 * knows a measure.
 */
export function attachmentFields(measure: CompiledMeasure): AttachmentField[] {
  const found: AttachmentField[] = [];
  for (const field of measure.fields.values()) {
    const single = field.schema['x-kind'] === 'attachment';
    const item = single ? field.schema : field.itemSchema?.['x-kind'] === 'attachment' ? field.itemSchema : undefined;
    if (!item) continue;
    const properties = (item.properties ?? {}) as Record<string, Json>;
    const maximum = properties.size?.maximum;
    const types = properties.mediaType?.enum;
    found.push({
      pointer: field.pointer,
      label: field.label,
      list: !single,
      maxBytes: typeof maximum === 'number' && maximum >= 1 ? Math.floor(maximum) : DEFAULT_MAX_BYTES,
      mediaTypes: Array.isArray(types) ? types.filter((t): t is string => typeof t === 'string') : [],
    });
  }
  return found;
}

/** One attachment reference in a form, located by JSON pointer. */
export interface LocatedReference {
  pointer: string;
  field: AttachmentField;
  value: unknown;
}

/** Every attachment reference a form holds (whatever their shape: checking them is the caller's). */
export function referencesIn(fields: readonly AttachmentField[], data: unknown): LocatedReference[] {
  const found: LocatedReference[] = [];
  for (const field of fields) {
    for (const { pointer, value } of resolvePointer(data, field.pointer)) {
      if (!field.list) found.push({ pointer, field, value });
      else if (Array.isArray(value)) value.forEach((item, i) => found.push({ pointer: `${pointer}/${i}`, field, value: item }));
    }
  }
  return found;
}

/** The values at a pointer with `*` segments (any index of a list), with their concrete pointers. */
function resolvePointer(data: unknown, pointer: string): { pointer: string; value: unknown }[] {
  let nodes: { pointer: string; value: unknown }[] = [{ pointer: '', value: data }];
  for (const segment of pointer.split('/').slice(1)) {
    const next: typeof nodes = [];
    for (const node of nodes) {
      if (segment === '*') {
        if (Array.isArray(node.value)) node.value.forEach((value, i) => next.push({ pointer: `${node.pointer}/${i}`, value }));
      } else if (node.value !== null && typeof node.value === 'object' && !Array.isArray(node.value) && Object.hasOwn(node.value, segment)) {
        next.push({ pointer: `${node.pointer}/${segment}`, value: (node.value as Json)[segment] });
      }
    }
    nodes = next;
  }
  return nodes.filter((node) => node.value !== undefined);
}
