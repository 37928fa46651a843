import { ProgressWriter } from './progress-writer.util';

describe('ProgressWriter', () => {
  it('writes the total first, one write at a time, the latest count winning, and the last count at the end', async () => {
    const writes: Array<[number, number | undefined]> = [];
    let release: (() => void) | undefined;
    const writer = new ProgressWriter(async (rows, total) => {
      writes.push([rows, total]);
      await new Promise<void>((resolve) => (release = resolve));
      return true;
    }, 60_000);
    writer.start(3000);
    writer.report(1000);
    writer.report(2000);
    release!();
    await new Promise((resolve) => setImmediate(resolve));
    writer.report(3000);
    const ending = writer.end();
    for (let i = 0; i < 5; i++) {
      release?.();
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await ending).toBe(3000);
    expect(writes).toEqual([
      [0, 3000],
      [2000, undefined],
      [3000, undefined],
    ]);
  });

  it('tells the run when a write finds its claim lost', async () => {
    const writer = new ProgressWriter(async () => false, 60_000);
    let lost = 0;
    writer.onLost(() => (lost += 1));
    writer.start(10);
    await writer.end();
    expect(lost).toBe(1);
  });
});
