import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { endWithin } from './time-limit.util';

describe('endWithin', () => {
  it('ends a stream nobody reads, which closes what its pages held', async () => {
    const closed: string[] = [];
    async function* pages() {
      try {
        for (let i = 0; ; i++) yield `page ${i}\n`;
      } finally {
        closed.push('snapshot');
      }
    }
    const stream = endWithin(Readable.from(pages(), { objectMode: false }), 30);
    const errors: string[] = [];
    // As fastify does for a reply's stream: the error is heard, then the connection dropped.
    stream.on('error', (error) => errors.push(error.message));
    stream.once('readable', () => stream.read(5));
    await new Promise((resolve) => stream.once('close', resolve));
    expect(errors).toEqual(['export not taken within 30 ms']);
    expect(stream.errored?.message).toBe('export not taken within 30 ms');
    expect(closed).toEqual(['snapshot']);
  });

  it('leaves a stream read to its end alone', async () => {
    const stream = endWithin(Readable.from(['a', 'b'], { objectMode: false }), 30);
    expect(Buffer.concat(await stream.toArray()).toString()).toBe('ab');
    await sleep(50);
    expect(stream.errored).toBeNull();
  });
});
