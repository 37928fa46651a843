/**
 * JSON laid out the way prettier lays out the repository's schema files: a value stays on one
 * line when it fits in the width, otherwise its members go one per line. Scaffolded files look
 * like the hand-written ones even where prettier does not run (tests, a workspace without it), and
 * the studio rewrites a measure file byte for byte as it was when only one value changed.
 */
export function compactJson(value: unknown, width = 140): string {
  // Wide (CJK) characters take two columns, as prettier counts them.
  const columns = (text: string) => [...text].reduce((n, ch) => n + (isWide(ch.codePointAt(0)!) ? 2 : 1), 0);
  const inline = (v: unknown): string => {
    if (Array.isArray(v)) return `[${v.map(inline).join(', ')}]`;
    if (v && typeof v === 'object') {
      const entries = Object.entries(v);
      return entries.length ? `{ ${entries.map(([k, x]) => `${JSON.stringify(k)}: ${inline(x)}`).join(', ')} }` : '{}';
    }
    return JSON.stringify(v);
  };
  // `lead` counts what shares the line before the value (a key) and after it (a comma, except after the last member).
  const layout = (v: unknown, indent: string, lead: number): string => {
    const flat = inline(v);
    if (indent.length + lead + columns(flat) <= width || !v || typeof v !== 'object') return flat;
    const inner = `${indent}  `;
    if (Array.isArray(v)) {
      if (v.length === 0) return '[]';
      return `[\n${v.map((x, i) => `${inner}${layout(x, inner, i < v.length - 1 ? 1 : 0)}`).join(',\n')}\n${indent}]`;
    }
    const entries = Object.entries(v);
    const comma = (i: number) => (i < entries.length - 1 ? 1 : 0);
    return `{\n${entries.map(([k, x], i) => `${inner}${JSON.stringify(k)}: ${layout(x, inner, JSON.stringify(k).length + 2 + comma(i))}`).join(',\n')}\n${indent}}`;
  };
  return `${layout(value, '', 0)}\n`;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000
  );
}
