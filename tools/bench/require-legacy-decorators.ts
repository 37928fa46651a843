/**
 * class-validator needs TypeScript's legacy decorators (`experimentalDecorators`). tsx applies a
 * tsconfig's compiler options only to the files that tsconfig includes, and the root
 * tsconfig.json includes none (`"files": []`), so a plain `tsx tools/bench/engine.bench.ts`
 * compiles standard decorators and class-validator crashes with an unhelpful TypeError. Imported
 * first, this probe turns that into a message that says what to run.
 */
let legacy = false;

function probe(target: object | undefined, _key?: unknown): void {
  legacy = typeof target === 'object' && target !== null;
}

class _Probe {
  @probe field?: number;
}

if (!legacy) {
  throw new Error(
    'tools/bench needs legacy decorators: run `npx tsx --tsconfig tsconfig.base.json tools/bench/engine.bench.ts` (or set TSX_TSCONFIG_PATH=tsconfig.base.json)',
  );
}

export {};
