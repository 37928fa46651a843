import { Readable } from 'node:stream';

/**
 * A content's chunks as one byte stream, fetched one at a time as the reader asks for more: a
 * download holds about one chunk in memory whatever the file's size, and a slow client costs no
 * database work until it reads on. A chunk that is gone (the content was removed meanwhile)
 * fails the stream.
 */
export class ChunkReader extends Readable {
  private next = 0;

  constructor(
    private readonly count: number,
    private readonly fetch: (seq: number) => Promise<Buffer | undefined>,
    private readonly missing: (seq: number) => Error,
  ) {
    // One byte: a fetched chunk is above the mark, so the next is fetched only once it was read.
    super({ highWaterMark: 1 });
  }

  override _read(): void {
    if (this.next >= this.count) {
      this.push(null);
      return;
    }
    const seq = this.next++;
    this.fetch(seq).then(
      (data) => (data ? this.push(data) : this.destroy(this.missing(seq))),
      (error: Error) => this.destroy(error),
    );
  }
}
