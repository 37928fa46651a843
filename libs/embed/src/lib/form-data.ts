/** The form being filled in, as plain JSON, read and written by JSON pointer (`/contract/amount`, `/attachments/contract/0`). */
export type FormData = Record<string, unknown>;

function keysOf(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function valueAt(data: unknown, pointer: string): unknown {
  let node = data;
  for (const key of keysOf(pointer)) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/**
 * Sets (or, with `undefined`, removes) the value at a pointer, making the objects and lists on
 * the way; an emptied object is removed too, so a cleared section reads as missing, not as `{}`.
 */
export function setValueAt(data: FormData, pointer: string, value: unknown): void {
  const keys = keysOf(pointer);
  const parents: Array<Record<string, unknown>> = [];
  let node: Record<string, unknown> = data;
  for (const [i, key] of keys.slice(0, -1).entries()) {
    if (!node[key] || typeof node[key] !== 'object') {
      if (value === undefined) return;
      node[key] = /^\d+$/.test(keys[i + 1]) ? [] : {};
    }
    parents.push(node);
    node = node[key] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1];
  if (value !== undefined) {
    node[last] = value;
    return;
  }
  if (Array.isArray(node)) node.splice(Number(last), 1);
  else delete node[last];
  for (let i = parents.length - 1; i >= 0; i--) {
    const child = parents[i][keys[i]] as Record<string, unknown>;
    if (Array.isArray(child) || Object.keys(child).length > 0) break;
    delete parents[i][keys[i]];
  }
}
