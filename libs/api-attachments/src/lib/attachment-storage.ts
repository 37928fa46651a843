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
 * Where attachment content lives: a folder by default (FileSystemAttachmentStorage), an object
 * store in a deployment with several API hosts. `put` streams (never holds a whole file in
 * memory) and keeps nothing when the stream fails or is aborted; keys are the store's own,
 * never derived from an uploaded name.
 */
export interface AttachmentStorage {
  put(stream: Readable, hints: PutHints): Promise<StoredObject>;
  /** The content of a key; rejects when there is none. */
  open(key: string): Promise<Readable>;
  /** Forgets a key; removing a missing key is not an error. */
  remove(key: string): Promise<void>;
}

/** Injection token of the AttachmentStorage the module uses. */
export const ATTACHMENT_STORAGE = Symbol('ATTACHMENT_STORAGE');
