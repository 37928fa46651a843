import type { ExprType, FieldInfo } from '../expression/expression.types';
import type { Label } from './types';

type Json = Record<string, unknown>;

/** Display hints of a field (`x-ui`). */
export interface FieldUi {
  list?: boolean;
  filter?: boolean;
  widget?: string;
  order?: number;
  placeholder?: Label;
}

/** One field of an application form as every layer sees it: path, pointer, type, labels, hints. */
export interface FormField extends FieldInfo {
  /** Dot path, as expressions name it: `contract.amount`. */
  path: string;
  /** JSON pointer in an application, `*` standing for any array index: `/attachments/contract/*`. */
  pointer: string;
  label: Label;
  help?: Label;
  enumLabels?: Record<string, Label>;
  ui: FieldUi;
  required: boolean;
}

/** A form field with its resolved JSON Schema, as the engine keeps it. */
export interface FieldEntry extends FormField {
  schema: Json;
  /** A list's items' schema, `$ref` resolved (so an attachment list shows `x-kind: attachment`). */
  itemSchema?: Json;
}

/** Resolves a `$ref` against the URI of the schema it appears in. */
export type RefResolver = (ref: string, baseUri: string) => { schema: Json; uri: string } | undefined;

/**
 * A `$ref` with sibling keywords, as one schema: the referring node's own keywords win (labels,
 * help), except `required`, which both apply in JSON Schema 2020-12, so the lists are joined.
 */
export function mergeRef(target: Json, node: Json): Json {
  const { $ref: _ref, ...own } = node;
  const merged: Json = { ...target, ...own };
  if (Array.isArray(target.required) && Array.isArray(own.required)) merged.required = [...new Set([...target.required, ...own.required])];
  return merged;
}

/** Merges a `$ref`'d schema under the referring node's own keywords (labels override). */
export function deref(node: Json, baseUri: string, resolve: RefResolver): { schema: Json; uri: string } {
  let schema = node;
  let uri = baseUri;
  for (let depth = 0; typeof schema.$ref === 'string' && depth < 16; depth++) {
    const target = resolve(schema.$ref, uri);
    if (!target) break;
    schema = mergeRef(target.schema, schema);
    uri = target.uri;
  }
  return { schema, uri };
}

function typeOf(schema: Json): ExprType {
  if (schema['x-kind'] === 'money') return 'money';
  if (schema['x-kind'] === 'date' || schema.format === 'date') return 'date';
  if (typeof schema.const === 'boolean') return 'boolean';
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'integer':
      return 'integer';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array': {
      const items = (schema.items ?? {}) as Json;
      return items.type === 'string' ? 'string-list' : 'list';
    }
    case 'object':
      return 'object';
    default:
      return schema.properties ? 'object' : 'string';
  }
}

/**
 * Flattens a measure's form into fields keyed by dot path. Array items are walked too, under
 * `*` in the pointer, so validation messages can name an attachment's field by its label.
 */
export function collectFields(root: Json, rootUri: string, resolve: RefResolver): Map<string, FieldEntry> {
  const fields = new Map<string, FieldEntry>();
  const walk = (node: Json, uri: string, path: string, pointer: string, required: boolean) => {
    const { schema, uri: here } = deref(node, uri, resolve);
    const type = typeOf(schema);
    if (path) {
      fields.set(path, {
        path,
        pointer,
        type,
        enum: Array.isArray(schema.enum) ? schema.enum : undefined,
        label: schema['x-label'] as Label,
        help: schema['x-help'] as Label | undefined,
        enumLabels: schema['x-enumLabels'] as Record<string, Label> | undefined,
        ui: (schema['x-ui'] ?? {}) as FieldUi,
        required,
        schema,
      });
    }
    const props = schema.properties as Record<string, Json> | undefined;
    if (props && (type === 'object' || !path)) {
      const req = new Set((schema.required as string[] | undefined) ?? []);
      for (const [key, child] of Object.entries(props)) {
        walk(child, here, path ? `${path}.${key}` : key, `${pointer}/${key}`, req.has(key));
      }
    }
    if (type === 'list' && schema.items && typeof schema.items === 'object') {
      const { schema: items, uri: itemsUri } = deref(schema.items as Json, here, resolve);
      const entry = fields.get(path);
      if (entry) entry.itemSchema = items;
      const itemProps = items.properties as Record<string, Json> | undefined;
      const req = new Set((items.required as string[] | undefined) ?? []);
      for (const [key, child] of Object.entries(itemProps ?? {})) {
        walk(child, itemsUri, `${path}[].${key}`, `${pointer}/*/${key}`, req.has(key));
      }
    }
  };
  walk(root, rootUri, '', '', true);
  return fields;
}
