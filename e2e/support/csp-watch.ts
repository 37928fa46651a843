import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

/** What a page did that its Content-Security-Policy refused, and its uncaught script errors. */
export interface CspWatch {
  violations: string[];
  pageErrors: string[];
}

/**
 * Watches a page for anything its CSP refuses: the browser's own console report ("Refused to
 * evaluate a string as JavaScript…"), and each `securitypolicyviolation` event, which the page
 * logs (the listener is installed by the debugger, so the CSP does not block it); and for uncaught
 * errors (an EvalError a library swallowed into a broken screen usually still surfaces there).
 */
export async function watchCsp(page: Page): Promise<CspWatch> {
  const seen: CspWatch = { violations: [], pageErrors: [] };
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`securitypolicyviolation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`));
  });
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to|securitypolicyviolation/i.test(message.text())) seen.violations.push(message.text());
  });
  page.on('pageerror', (error) => seen.pageErrors.push(String(error)));
  return seen;
}

/** A call that turns a string into code: `eval(…)`, `Function(…)` / `new Function(…)` (not `x.eval(`, not `myFunction(`). */
const EVALUATES_STRINGS = /(?<![\w$.])(?:eval|Function)\(/g;

/**
 * Every place in a built front end's JavaScript (a folder, recursively) that could evaluate a
 * string, as "file: …excerpt…": a strict CSP refuses these, so a shipped one is a broken screen.
 */
export function stringEvaluatingCode(folder: string): string[] {
  const found: string[] = [];
  for (const file of readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => /\.m?js$/.test(f))) {
    const code = readFileSync(path.join(folder, file), 'utf8');
    for (const match of code.matchAll(EVALUATES_STRINGS)) found.push(`${file}: …${code.slice(Math.max(0, match.index - 60), match.index + 40)}…`);
  }
  return found;
}
