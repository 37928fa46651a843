import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';
import { type StoredObject, StoredTooLargeError } from './attachment-storage';

/** A pass-through that counts size and SHA-256 of what flows, and what it counted. */
export interface ContentMeter {
  transform: Transform;
  /** What was counted, once the content has flowed through whole. */
  stored(key: string): StoredObject;
}

/**
 * Counts content as it streams into a store: its size, refused past `maxBytes` (the stream
 * fails with StoredTooLargeError before the byte beyond is passed on), and its SHA-256.
 * Every store puts content through one, so they agree on both.
 */
export function contentMeter(maxBytes: number): ContentMeter {
  const hash = createHash('sha256');
  let size = 0;
  const transform = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > maxBytes) return done(new StoredTooLargeError(maxBytes));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  return { transform, stored: (key) => ({ key, size, sha256: hash.digest('hex') }) };
}
