// A Vite plugin that measures what a first visit downloads before sign-in (the entry chunk and
// the chunks it imports statically, gzip) and warns when it exceeds the budget: the size
// warning is the budget, not a silenced per-chunk limit.
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

interface Chunk {
  type: 'chunk';
  isEntry: boolean;
  imports: string[];
  code: string;
}

export function initialSizeBudget(budgetKb: number): Plugin {
  return {
    name: 'pioneer-initial-size-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map(Object.entries(bundle).filter(([, item]) => item.type === 'chunk') as Array<[string, Chunk]>);
      const initial = new Set<string>();
      const visit = (name: string) => {
        if (initial.has(name) || !chunks.has(name)) return;
        initial.add(name);
        chunks.get(name)!.imports.forEach(visit);
      };
      for (const [name, chunk] of chunks) if (chunk.isEntry) visit(name);
      const bytes = [...initial].reduce((sum, name) => sum + gzipSync(chunks.get(name)!.code).length, 0);
      const kb = Math.round(bytes / 1024);
      const line = `initial JavaScript before sign-in: ${kb} kB gzip in ${initial.size} chunk(s); budget ${budgetKb} kB`;
      if (kb > budgetKb) this.warn(`${line}: over budget by ${kb - budgetKb} kB. Move what sign-in does not need behind a dynamic import().`);
      else this.info?.(line);
    },
  };
}
