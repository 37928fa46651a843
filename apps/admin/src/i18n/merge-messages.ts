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

/**
 * Every message with plural variants ("选中1项 |||| 选中%{smart_count}项") reduced to its counted
 * form. Polyglot's plural rule for Chinese has one form, the first variant, so "2 selected" would
 * read "选中1项"; the counted form reads right for every count.
 */
export function oneChineseForm(tree: Tree): Tree {
  return Object.fromEntries(
    Object.entries(tree).map(([key, value]) => [
      key,
      typeof value === 'string' && value.includes('||||') ? value.split('||||').pop()!.trim() : value && typeof value === 'object' ? oneChineseForm(value as Tree) : value,
    ]),
  );
}
