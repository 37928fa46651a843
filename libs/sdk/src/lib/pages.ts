import type { Page } from './types';

/**
 * The items of every page, fetched one page at a time as the loop asks for them: stops after
 * the page that reaches `total`, or at the first short or empty page (rows may go meanwhile).
 */
export async function* pages<T>(fetchPage: (page: number) => Promise<Page<T>>): AsyncGenerator<T, void, undefined> {
  let seen = 0;
  for (let page = 1; ; page++) {
    const { data, total } = await fetchPage(page);
    yield* data;
    seen += data.length;
    if (data.length === 0 || seen >= total) return;
  }
}
