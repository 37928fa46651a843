import { copyFileSync, cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROBLEM_KINDS, problemKey, problemText, UNCLASSIFIED } from '@pioneer/engine';
import { checkPolicyFolders } from '@pioneer/policy-loader';

// The studio shows `pioneer check`'s problems in the reader's language by key and parameters: every
// problem the CLI's broken fixtures produce must have a key, read back word for word in English
// and in Chinese without English words.
const FIXTURES = path.resolve(__dirname, '../../../../tools/cli/test/fixtures');
const SCHEMAS = path.resolve(__dirname, '../../../../schemas');
const CJK = /[\u4e00-\u9fff]/;

/** The minimal fixture policy with one file replaced by a broken variant, checked as `pioneer check` does. */
function problemsOf(folder: 'broken' | 'broken-policy', name: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'pioneer-problems-'));
  try {
    cpSync(path.join(FIXTURES, 'minimal-policy'), dir, { recursive: true });
    const target = folder === 'broken' ? path.join(dir, 'measures', 'training-rebate.json') : path.join(dir, 'policy.json');
    copyFileSync(path.join(FIXTURES, folder, name), target);
    // As `pioneer check` does: each policy's problems and warnings, and those between policies (references to others).
    const checked = checkPolicyFolders([dir], SCHEMAS);
    return [...checked.folders.flatMap((f) => [...f.problems, ...f.warnings]), ...checked.between];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What is left of a Chinese line once codes, quoted values and paths are taken out: it must hold no English word. */
const englishWords = (line: string): string[] =>
  line
    // quoted values, placeholders, lists of codes（可用：…）, dotted paths and x- keywords
    .replace(/“[^”]*”|"[^"]*"|'[^']*'|\{[^}]*\}|\[[^\]]*\]|<[^>]*>|：[^）]*）|[\w-]+\.[\w.-]+|x-[\w-]+/g, ' ')
    .split(/[^A-Za-z-]+/)
    .filter((word) => /^[a-z]{4,}$/.test(word) && !CODE_WORDS.has(word));

// Keywords of the schema language and codes that stay as written (they are what the file says).
const CODE_WORDS = new Set(['effectiveto', 'effectivefrom', 'format', 'date', 'then', 'else', 'true', 'false', 'json', 'schema', 'policy', 'measure', 'meta', 'floor', 'ceil', 'half-up', 'half-even', 'count', 'present', 'param', 'cond', 'awarded', 'upto', 'scorebands', 'asof', 'score', 'minscore', 'share', 'when', 'oneof', 'todo'].map((w) => w.toLowerCase()));

const cases = [
  ...readdirSync(path.join(FIXTURES, 'broken')).map((name) => ['broken', name] as const),
  ...readdirSync(path.join(FIXTURES, 'broken-policy')).map((name) => ['broken-policy', name] as const),
];

describe("the studio's problem lines in zh-CN and en", () => {
  it.each(cases)('%s/%s: every problem has a key, English as pioneer check prints it, Chinese without English', (folder, name) => {
    const problems = problemsOf(folder, name);
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) {
      const key = problemKey(problem.message);
      expect([problem.message, key.key]).not.toEqual([problem.message, UNCLASSIFIED]);
      expect(problemText(key, 'en')).toBe(problem.message);
      const zh = problemText(key, 'zh-CN');
      expect(zh).toMatch(CJK);
      expect([zh, englishWords(zh)]).toEqual([zh, []]);
    }
  });

  it('reads every kind back to its own key (no kind hides another), in both languages', () => {
    for (const kind of PROBLEM_KINDS) {
      const sample = kind.en.replace(/\{([a-zA-Z]+)\}/g, (_, name: string) => `X${name}`);
      expect([kind.key, problemKey(sample).key]).toEqual([kind.key, kind.key]);
      expect(problemText(problemKey(sample), 'en')).toBe(sample);
      expect(englishWords(kind.zh)).toEqual([]);
    }
  });
});
