import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CodegenIR } from './ir/ir.types';
import { buildIR } from './pipeline/build-ir';
import { REPO } from './testing/run-in-node.util';

/**
 * "A measure's code, number or rule never appears in hand-written code" (STYLE.md): only
 * generated files and tests may name a measure. Scans the hand-written source of apps/, libs/
 * and tools/codegen/src for every measure code of the real policies (kebab-case, camelCase,
 * PascalCase) and every cap (money parameter values of 10,000 yuan or more, as number literals).
 * Comments are skipped: a documentation example names no behaviour.
 */
const SCANNED = ['apps', 'libs', 'tools/codegen/src'];
const SKIP_DIRS = new Set(['node_modules', 'dist', 'generated', 'test', 'tests', 'e2e', 'fixtures', '__snapshots__']);
const SOURCE = /\.(ts|tsx|js|jsx|mjs|cjs|mts|cts)$/;
const TEST_FILE = /\.(spec|test)\.[a-z]+$/;
const MIN_CAP = 1_000_000;

interface Needle {
  what: string;
  pattern: RegExp;
}

/** Source with comments blanked out (newlines kept, so line numbers hold); strings and regexes are kept. */
function stripComments(src: string): string {
  let out = '';
  let i = 0;
  let lastSignificant = '';
  const templateDepth: number[] = [];
  let braces = 0;
  while (i < src.length) {
    const c = src[i];
    const next = src[i + 1];
    if (c === '/' && next === '/') {
      const end = src.indexOf('\n', i);
      const stop = end === -1 ? src.length : end;
      out += ' '.repeat(stop - i);
      i = stop;
      continue;
    }
    if (c === '/' && next === '*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end === -1 ? src.length : end + 2;
      out += src.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') {
      if (c === '`') templateDepth.push(braces);
      let j = i + 1;
      while (j < src.length && src[j] !== c) {
        if (src[j] === '\\') j++;
        else if (c === '`' && src[j] === '$' && src[j + 1] === '{') break;
        j++;
      }
      if (c === '`' && src[j] === '$') {
        out += src.slice(i, j + 2);
        i = j + 2;
        braces++;
        continue;
      }
      if (c === '`') templateDepth.pop();
      out += src.slice(i, j + 1);
      i = j + 1;
      lastSignificant = c;
      continue;
    }
    if (c === '}' && templateDepth.length && templateDepth[templateDepth.length - 1] === braces - 1) {
      // Back inside a template literal after `${…}`: read on to its end or the next `${`.
      braces--;
      let j = i + 1;
      while (j < src.length && src[j] !== '`') {
        if (src[j] === '\\') j++;
        else if (src[j] === '$' && src[j + 1] === '{') break;
        j++;
      }
      if (src[j] === '$') {
        out += src.slice(i, j + 2);
        i = j + 2;
        braces++;
        continue;
      }
      templateDepth.pop();
      out += src.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (c === '/' && (lastSignificant === '' || '(,=:[!&|?{};+-*%<>~^'.includes(lastSignificant))) {
      // A regular expression literal.
      let j = i + 1;
      let inClass = false;
      while (j < src.length && src[j] !== '\n' && (inClass || src[j] !== '/')) {
        if (src[j] === '\\') j++;
        else if (src[j] === '[') inClass = true;
        else if (src[j] === ']') inClass = false;
        j++;
      }
      out += src.slice(i, j + 1);
      i = j + 1;
      lastSignificant = '/';
      continue;
    }
    if (c === '{') braces++;
    else if (c === '}') braces--;
    if (!/\s/.test(c)) lastSignificant = c;
    out += c;
    i++;
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What must not appear: each measure's names and caps. */
function needlesOf(ir: CodegenIR): Needle[] {
  const needles: Needle[] = [];
  const caps = new Map<number, string>();
  for (const m of ir.policies.flatMap((p) => p.measures)) {
    const { code, camel, pascal } = m.names;
    if (code.includes('-')) {
      needles.push({ what: `measure code '${code}'`, pattern: new RegExp(`(?<![A-Za-z0-9_-])${escape(code)}(?![A-Za-z0-9_-])`) });
      needles.push({ what: `measure name '${camel}' (${code})`, pattern: new RegExp(`(?<![A-Za-z0-9_$])${escape(camel)}`) });
      needles.push({ what: `measure name '${pascal}' (${code})`, pattern: new RegExp(`(?<![A-Za-z0-9_$])${escape(pascal)}`) });
    } else {
      // A one-word code is also an ordinary word: only a string that is exactly the code counts.
      needles.push({ what: `measure code '${code}'`, pattern: new RegExp(`(['"\`])${escape(code)}\\1`) });
    }
    const money = new Set(m.parameters.filter((p) => p.type === 'money').map((p) => p.name));
    for (const v of m.versions) {
      for (const [name, value] of Object.entries(v.values)) {
        if (money.has(name) && typeof value === 'number' && value >= MIN_CAP) caps.set(value, `${code}.${name}`);
      }
    }
  }
  for (const [value, where] of caps) {
    const digits = String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '_?');
    needles.push({ what: `cap ${value} fen (${where})`, pattern: new RegExp(`(?<![\\w.])${digits}(?![\\w.])`) });
  }
  return needles;
}

function findIn(source: string, needles: Needle[]): Array<{ line: number; what: string }> {
  const found: Array<{ line: number; what: string }> = [];
  stripComments(source)
    .split('\n')
    .forEach((text, i) => {
      for (const n of needles) if (n.pattern.test(text)) found.push({ line: i + 1, what: n.what });
    });
  return found;
}

function handWritten(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) walk(full);
      } else if (SOURCE.test(entry.name) && !TEST_FILE.test(entry.name) && !entry.name.includes('.gen.')) files.push(full);
    }
  };
  SCANNED.forEach((dir) => walk(path.join(REPO, dir)));
  return files.sort();
}

describe('no measure in hand-written code', () => {
  const ir = buildIR(path.join(REPO, 'schemas'), REPO);
  const needles = needlesOf(ir);
  const files = handWritten();

  it('knows what to look for and where', () => {
    expect(needles.length).toBeGreaterThan(ir.policies.flatMap((p) => p.measures).length);
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(ir.policies.map((p) => [p.code, p] as const))('finds a measure of %s named in code, but not in a comment', (_code, policy) => {
    const m = policy.measures.find((x) => x.names.code.includes('-'))!;
    const cap = needles.find((n) => n.what.startsWith('cap '))!.what.split(' ')[1];
    const code = [
      `// ${m.names.code} is fine in a comment, as is ${m.names.pascal}`,
      `/* ${m.names.camel} */ const url = 'https://example.org//${'x'}';`,
      `const path = \`/api/measures/\${'${m.names.code}'}\`;`,
      `type T = ${m.names.typeName};`,
      `const cap = ${Number(cap).toLocaleString('en').replace(/,/g, '_')};`,
      `const re = /\\/\\/${m.names.camel}/;`,
    ].join('\n');
    // A line may hold several needles (compute-voucher-top-up holds compute-voucher): lines, once each.
    expect([...new Set(findIn(code, needles).map((f) => f.line))]).toEqual([3, 4, 5, 6]);
  });

  it('finds none in apps/, libs/ and tools/codegen/src outside generated files and tests', () => {
    const violations = files.flatMap((file) =>
      findIn(readFileSync(file, 'utf8'), needles).map((f) => `${path.relative(REPO, file)}:${f.line}: ${f.what}`),
    );
    expect(violations).toEqual([]);
  });
});
