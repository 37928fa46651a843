/**
 * Where a JSON pointer's value starts and ends in a JSON text, so a problem the API reports at
 * `/x-award/cap/param` is underlined at that value in the editor. Reads the text once; a text
 * that does not parse places nothing (the editor's own JSON errors show instead).
 */
export function pointerRanges(text: string): Map<string, { from: number; to: number }> {
  const ranges = new Map<string, { from: number; to: number }>();
  let i = 0;
  const space = () => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  const string = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (pointer: string): void => {
    space();
    const from = i;
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      while (text[i] !== '}') {
        space();
        const key = string();
        space();
        i++; // ':'
        value(`${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
        space();
        if (text[i] === ',') i++;
        space();
        if (i >= text.length) throw new Error('unterminated object');
      }
      i++;
    } else if (c === '[') {
      i++;
      let index = 0;
      space();
      while (text[i] !== ']') {
        value(`${pointer}/${index++}`);
        space();
        if (text[i] === ',') i++;
        space();
        if (i >= text.length) throw new Error('unterminated array');
      }
      i++;
    } else if (c === '"') string();
    else {
      while (i < text.length && /[^,\]}\s]/.test(text[i])) i++;
      if (i === from) throw new Error(`unexpected '${c}'`);
    }
    ranges.set(pointer, { from, to: i });
  };
  try {
    value('');
  } catch {
    return new Map();
  }
  return ranges;
}

/** The range of the deepest pointer that exists: a problem at a missing key is shown on its parent. */
export function rangeOf(ranges: Map<string, { from: number; to: number }>, pointer: string): { from: number; to: number } | undefined {
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
    const found = ranges.get(p);
    if (found || p === '') return found;
  }
}
