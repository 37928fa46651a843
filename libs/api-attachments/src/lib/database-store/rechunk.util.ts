/**
 * Regroups a stream's pieces (whatever sizes the network delivered) into chunks of exactly
 * `size` bytes, the last one shorter; nothing for empty content. Holds at most one chunk plus
 * one piece: the next piece is pulled only once the consumer took the chunk before it.
 */
export async function* rechunk(source: AsyncIterable<Buffer>, size: number): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let held = 0;
  for await (const piece of source) {
    pending.push(piece);
    held += piece.length;
    if (held < size) continue;
    let joined = Buffer.concat(pending, held);
    while (joined.length >= size) {
      yield joined.subarray(0, size);
      joined = joined.subarray(size);
    }
    pending = joined.length ? [joined] : [];
    held = joined.length;
  }
  if (held) yield Buffer.concat(pending, held);
}
