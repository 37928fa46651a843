import type { Readable } from 'node:stream';

/** What the store kept: its own key for the content, and the content's size and SHA-256. */
export interface StoredObject {
  key: string;
  size: number;
  /** Lower-case hex, computed while the content streamed in. */
  sha256: string;
}

/** What a caller tells the store about content it is handing over. */
export interface PutHints {
  mediaType: string;
  /** The store refuses (and keeps nothing of) content beyond this many bytes. */
  maxBytes: number;
}

/**
 * Where attachment content lives (PIONEER_ATTACHMENT_STORE): the API's database
 * (DatabaseAttachmentStorage, shared by every API process) or a folder of one API host
 * (FileSystemAttachmentStorage). `put` streams (never holds a whole file in memory) and keeps
 * nothing when the stream fails or is aborted; keys are the store's own, never derived from an
 * uploaded name.
 */
export interface AttachmentStorage {
  put(stream: Readable, hints: PutHints): Promise<StoredObject>;
  /** The content of a key; rejects when there is none. */
  open(key: string): Promise<Readable>;
  /** Forgets a key; removing a missing key is not an error. */
  remove(key: string): Promise<void>;
  /**
   * Removes what uploads cut short by a dying process left behind, once older than
   * `olderThanMs` (younger ones may be another API process's uploads in progress).
   */
  sweepPartials?(olderThanMs: number): Promise<number>;
}

/** Raised when content runs past `PutHints.maxBytes`; the caller answers 413. */
export class StoredTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`content over ${maxBytes} bytes`);
  }
}

/** Raised by `open` when the store holds no content under a key (e.g. another host's folder). */
export class StoredContentMissingError extends Error {
  constructor(readonly key: string) {
    super(`no attachment content under ${key}`);
  }
}

/** Keys are UUIDs: nothing a client sends ever becomes part of a path or a stored key. */
const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Refuses a key the stores could not have issued (`randomUUID()`), before it reaches a disk or a query. */
export function assertStorageKey(key: string): void {
  if (!KEY.test(key)) throw new Error(`not an attachment storage key: ${JSON.stringify(key.slice(0, 64))}`);
}

/** Injection token of the AttachmentStorage the module uses. */
export const ATTACHMENT_STORAGE = Symbol('ATTACHMENT_STORAGE');
