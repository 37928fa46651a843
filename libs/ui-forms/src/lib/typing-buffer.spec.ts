import { TypingBuffer } from './typing-buffer';

describe('TypingBuffer: keystrokes reach the form once typing pauses', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('hands on only the last value of a burst, once, after the pause', () => {
    const delivered: string[] = [];
    const buffer = new TypingBuffer<string>((value) => delivered.push(value), 100);
    for (const value of ['3', '30', '300', '3000', '3000万']) {
      buffer.put(value);
      jest.advanceTimersByTime(50);
    }
    expect(delivered).toEqual([]);
    expect(buffer.holding).toBe(true);
    jest.advanceTimersByTime(100);
    expect(delivered).toEqual(['3000万']);
    expect(buffer.holding).toBe(false);
  });

  it('hands on at once when flushed (leaving the field, Enter), and not again after the pause', () => {
    const delivered: string[] = [];
    const buffer = new TypingBuffer<string>((value) => delivered.push(value), 100);
    buffer.put('abc');
    buffer.flush();
    expect(delivered).toEqual(['abc']);
    jest.advanceTimersByTime(500);
    buffer.flush();
    expect(delivered).toEqual(['abc']);
  });

  it('drops what it holds when cancelled (the field is gone)', () => {
    const delivered: string[] = [];
    const buffer = new TypingBuffer<string>((value) => delivered.push(value), 100);
    buffer.put('abc');
    buffer.cancel();
    jest.advanceTimersByTime(500);
    expect(delivered).toEqual([]);
  });
});
