import { rechunk } from './rechunk.util';

async function sizesOf(pieces: number[], size: number): Promise<number[]> {
  const out: number[] = [];
  async function* source() {
    for (const n of pieces) yield Buffer.alloc(n, 1);
  }
  for await (const chunk of rechunk(source(), size)) out.push(chunk.length);
  return out;
}

describe('rechunk', () => {
  it('regroups pieces of any size into chunks of exactly the size, the remainder last', async () => {
    expect(await sizesOf([], 4)).toEqual([]);
    expect(await sizesOf([0], 4)).toEqual([]);
    expect(await sizesOf([1], 4)).toEqual([1]);
    expect(await sizesOf([4], 4)).toEqual([4]);
    expect(await sizesOf([3, 3, 3], 4)).toEqual([4, 4, 1]);
    expect(await sizesOf([11], 4)).toEqual([4, 4, 3]);
    expect(await sizesOf([2, 2, 8], 4)).toEqual([4, 4, 4]);
  });

  it('keeps the bytes and their order', async () => {
    async function* source() {
      yield Buffer.from('abc');
      yield Buffer.from('defgh');
      yield Buffer.from('i');
    }
    const chunks: string[] = [];
    for await (const chunk of rechunk(source(), 4)) chunks.push(chunk.toString());
    expect(chunks).toEqual(['abcd', 'efgh', 'i']);
  });
});
