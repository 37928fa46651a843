import type { Lang } from '../types';
import { PROBLEM_FRAGMENTS, PROBLEM_KINDS, PROBLEM_WORDS, type ProblemKind } from './problem-catalogue';

/** A problem as a message key and its parameters (the studio words it in the reader's language). */
export interface ProblemKey {
  key: string;
  params: Record<string, string>;
}

/** The key of a line no kind matches: shown as the engine worded it (a test keeps the catalogue complete). */
export const UNCLASSIFIED = 'unclassified';

interface Matcher {
  kind: ProblemKind;
  pattern: RegExp;
  names: string[];
}

const PLACEHOLDER = /\{([a-zA-Z]+)\}/g;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An English template as an anchored pattern: each placeholder takes as little as the rest allows. */
function matcher(kind: ProblemKind): Matcher {
  const names: string[] = [];
  let source = '';
  let last = 0;
  for (const m of kind.en.matchAll(PLACEHOLDER)) {
    source += `${escape(kind.en.slice(last, m.index))}([\\s\\S]*?)`;
    names.push(m[1]);
    last = m.index! + m[0].length;
  }
  source += escape(kind.en.slice(last));
  return { kind, pattern: new RegExp(`^${source}$`), names };
}

const KINDS = PROBLEM_KINDS.map(matcher);
const FRAGMENTS = PROBLEM_FRAGMENTS.map(matcher);

function match(matchers: Matcher[], text: string): ProblemKey | undefined {
  for (const { kind, pattern, names } of matchers) {
    const found = pattern.exec(text);
    if (found) return { key: kind.key, params: Object.fromEntries(names.map((name, i) => [name, found[i + 1]])) };
  }
  return undefined;
}

/** The key and parameters of an engine problem line (`pioneer check`'s message, without file and pointer). */
export function problemKey(message: string): ProblemKey {
  return match(KINDS, message) ?? { key: UNCLASSIFIED, params: { message } };
}

const fill = (template: string, params: Record<string, string>, word: (value: string) => string) =>
  template.replace(PLACEHOLDER, (whole, name: string) => (name in params ? word(params[name]) : whole));

/** A parameter in Chinese: a type or part word, an English phrase the engine puts in lines, else the code or value itself. */
function chinese(value: string): string {
  if (value in PROBLEM_WORDS) return PROBLEM_WORDS[value];
  const fragment = match(FRAGMENTS, value);
  if (!fragment) return value;
  const kind = PROBLEM_FRAGMENTS.find((k) => k.key === fragment.key)!;
  return fill(kind.zh, fragment.params, chinese);
}

/** A problem in the reader's language: the English is `pioneer check`'s line word for word. */
export function problemText(problem: ProblemKey, lang: Lang): string {
  if (problem.key === UNCLASSIFIED) return problem.params.message;
  const kind = PROBLEM_KINDS.find((k) => k.key === problem.key);
  if (!kind) return problem.params.message ?? problem.key;
  return lang === 'en' ? fill(kind.en, problem.params, (v) => v) : fill(kind.zh, problem.params, chinese);
}
