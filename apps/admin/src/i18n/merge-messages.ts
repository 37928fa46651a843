export type Tree = Record<string, unknown>;

/** Deep merge: later trees win, so keys missing from one (the v4 Chinese pack) keep the earlier. */
export function mergeMessages(...trees: Tree[]): Tree {
  const out: Tree = {};
  for (const tree of trees) {
    for (const [key, value] of Object.entries(tree)) {
      const current = out[key];
      out[key] = value && typeof value === 'object' && current && typeof current === 'object' ? mergeMessages(current as Tree, value as Tree) : value;
    }
  }
  return out;
}
