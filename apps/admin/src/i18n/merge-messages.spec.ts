import chineseMessages from '@haxqer/ra-language-chinese';
import englishMessages from 'ra-language-english';
import { en } from './en';
import { mergeMessages, type Tree } from './merge-messages';
import { raChineseGaps } from './ra-zh-CN';
import { zhCN } from './zh-CN';

const keys = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    value && typeof value === 'object' ? keys(value as Tree, `${prefix}${key}.`) : [`${prefix}${key}`],
  );

describe('messages', () => {
  it('later trees win, deeply, and keys only an earlier tree has are kept', () => {
    expect(mergeMessages({ a: { b: 'x', c: 'y' }, d: 'e' }, { a: { b: 'z' } })).toEqual({ a: { b: 'z', c: 'y' }, d: 'e' });
  });

  it("keeps react-admin 5's English keys the v4 Chinese pack lacks, so nothing shows a raw key", () => {
    const merged = mergeMessages(englishMessages, chineseMessages as unknown as Tree);
    expect(keys(merged)).toEqual(expect.arrayContaining(keys(englishMessages)));
  });

  it('says every react-admin message in Chinese: none of the Chinese UI falls back to English', () => {
    const zh = mergeMessages(chineseMessages as unknown as Tree, raChineseGaps);
    const get = (tree: Tree, key: string) => key.split('.').reduce<unknown>((node, k) => (node as Tree | undefined)?.[k], tree);
    // An English word outside the %{placeholders} is English in the Chinese UI ("%{name} #%{id}" is not).
    const english = keys(englishMessages).filter(
      (key) => typeof get(zh, key) !== 'string' || /[A-Za-z]{2,}/.test(String(get(zh, key)).replace(/%\{\w+\}/g, '')),
    );
    expect(english).toEqual([]);
  });

  it('has the same keys in Chinese and English', () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort());
  });
});

describe("the backoffice's own Chinese words", () => {
  it('have no English word outside %{placeholders} (registry, lists, every screen)', () => {
    const leaves = (tree: Tree, prefix = ''): Array<[string, string]> =>
      Object.entries(tree).flatMap(([key, value]) => (value && typeof value === 'object' ? leaves(value as Tree, `${prefix}${key}.`) : [[`${prefix}${key}`, String(value)] as [string, string]]));
    // What is the same in both languages: file formats, and account ids given as examples (user:reviewer).
    const shared = /\b(CSV|XLSX)\b|\buser:[a-z-]+/g;
    const english = leaves(zhCN as unknown as Tree).filter(([, text]) => /[A-Za-z]{2,}/.test(text.replace(/%\{\w+\}/g, '').replace(shared, '')));
    expect(english).toEqual([]);
    expect(leaves(zhCN as unknown as Tree).map(([key]) => key)).toEqual(expect.arrayContaining(['resources.users.fields.role', 'pioneer.list.failed', 'pioneer.identity.key_once']));
  });
});
