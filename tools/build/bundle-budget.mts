// The front ends' size budgets, enforced at build time (apps/portal and apps/admin vite configs):
// the JavaScript a first visit downloads (the entry chunk and every chunk it imports statically)
// must stay within the budget of gzip, else the build fails naming the chunks. Lazy screens don't
// count: they load with the screen that needs them.
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

interface ChunkLike {
  type: 'chunk' | 'asset';
  fileName: string;
  isEntry?: boolean;
  imports?: string[];
  code?: string;
}

/** The entry chunks and what they import statically: what the browser must fetch before the first screen. */
export function initialChunks(bundle: Record<string, ChunkLike>): ChunkLike[] {
  const seen = new Set<string>();
  const visit = (name: string) => {
    const chunk = bundle[name];
    if (!chunk || chunk.type !== 'chunk' || seen.has(name)) return;
    seen.add(name);
    chunk.imports?.forEach(visit);
  };
  Object.values(bundle).filter((c) => c.type === 'chunk' && c.isEntry).forEach((c) => visit(c.fileName));
  return [...seen].map((name) => bundle[name]);
}

/** Fails the build when the first visit's JavaScript passes `budgetKb` of gzip; `what` names that visit in the message. */
export function bundleBudget(budgetKb: number, what = 'initial JavaScript'): Plugin {
  return {
    name: 'pioneer-bundle-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = initialChunks(bundle as unknown as Record<string, ChunkLike>);
      const sizes = chunks.map((c) => ({ file: c.fileName, gzip: gzipSync(c.code ?? '').length }));
      const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
      const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
      const detail = sizes.map((s) => `${s.file} ${kb(s.gzip)}`).join(', ');
      if (total > budgetKb * 1024) this.error(`${what} is ${kb(total)} gzip, over the budget of ${budgetKb} kB (${detail}); move what the first screen does not need behind an import().`);
      this.info(`${what} ${kb(total)} gzip of ${budgetKb} kB budget (${detail})`);
    },
  };
}
