import type { MultipartFile } from '@fastify/multipart';
import { ApiError } from '@pioneer/api-core';
import type { FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';
import { type AttachmentStorage, type StoredObject, StoredTooLargeError } from './attachment-storage';
import { fileNameProblem } from './file-name.util';
import { contentMatches, SNIFF_BYTES } from './sniff-media-type.util';
import { UploadErrors } from './upload-errors';

/** What one upload may be: for which field (JSON pointer), how large, which media types. */
export interface UploadRules {
  field: string;
  maxBytes: number;
  mediaTypes: readonly string[];
}

/** A file received whole, checked, and in the store. */
export interface ReceivedUpload {
  name: string;
  mediaType: string;
  stored: StoredObject;
}

/**
 * Bounds of a multipart upload besides the file's size: one file, a few (refused) fields so the
 * error can name them, small part headers. Busboy enforces them while it parses.
 */
export const PART_LIMITS = { files: 1, fields: 4, parts: 5, fieldNameSize: 100, fieldSize: 1024, headerPairs: 16, headerSize: 8 * 1024 } as const;

/**
 * The file's content, read only as the store pulls it, passed on once its first bytes show it
 * is of the declared type; else the stream fails and the store keeps nothing.
 */
async function* checkedContent(source: AsyncIterable<Buffer>, rules: UploadRules, mediaType: string): AsyncGenerator<Buffer> {
  let head = Buffer.alloc(0);
  let decided = false;
  for await (const chunk of source) {
    if (decided) {
      yield chunk;
      continue;
    }
    head = Buffer.concat([head, chunk]);
    if (head.length < SNIFF_BYTES) continue;
    decided = true;
    if (!contentMatches(mediaType, head)) throw UploadErrors.contentMismatch(rules.field, mediaType);
    yield head;
  }
  if (decided) return;
  if (head.length === 0) throw UploadErrors.empty(rules.field);
  if (!contentMatches(mediaType, head)) throw UploadErrors.contentMismatch(rules.field, mediaType);
  yield head;
}

/** Streams one file part through the media-type check into the store; a refused file leaves nothing. */
async function store(part: MultipartFile, rules: UploadRules, mediaType: string, storage: AttachmentStorage): Promise<StoredObject> {
  let stored: StoredObject;
  try {
    stored = await storage.put(Readable.from(checkedContent(part.file, rules, mediaType), { objectMode: false }), { mediaType, maxBytes: rules.maxBytes });
  } catch (error) {
    // Stop reading the rest of a refused file: busboy ends the request's parsing.
    part.file.destroy();
    throw error;
  }
  // Busboy stops a file at the size limit and marks it truncated instead of failing it.
  if (part.file.truncated) {
    await storage.remove(stored.key);
    throw UploadErrors.tooLarge(rules.field, rules.maxBytes);
  }
  return stored;
}

/** Library and parser failures as the API's errors; a failed system call (disk) stays a 500. */
function asUploadError(error: unknown, rules: UploadRules): unknown {
  if (error instanceof ApiError) return error;
  if (error instanceof StoredTooLargeError) return UploadErrors.tooLarge(rules.field, rules.maxBytes);
  const { code, syscall } = (error ?? {}) as { code?: string; syscall?: string };
  if (syscall) return error;
  switch (code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return UploadErrors.tooLarge(rules.field, rules.maxBytes);
    case 'FST_FILES_LIMIT':
      return UploadErrors.oneFileOnly();
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return UploadErrors.tooManyParts();
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return UploadErrors.multipartRequired();
    default:
      // Malformed or cut-off multipart data: busboy's own errors carry no status.
      return UploadErrors.badMultipart();
  }
}

const normalised = (mediaType: string): string => mediaType.split(';')[0].trim().toLowerCase();

/**
 * Receives the one file of a multipart upload: checks its part, name and declared media type
 * before reading it, then streams it (never held whole in memory) through the content check
 * into the store, which counts its size and SHA-256. Any failure, including a client that
 * aborts mid-way, removes what was stored and ends in the API's error body.
 */
export async function receiveUpload(request: FastifyRequest, rules: UploadRules, storage: AttachmentStorage): Promise<ReceivedUpload> {
  if (!request.isMultipart()) throw UploadErrors.multipartRequired();
  let received: ReceivedUpload | undefined;
  try {
    for await (const part of request.parts({ limits: { ...PART_LIMITS, fileSize: rules.maxBytes } })) {
      // A text part named file is a form that sent the file's name or path instead of the file.
      if (part.type !== 'file' && part.fieldname === 'file') throw UploadErrors.fileMissing();
      if (part.type !== 'file' || part.fieldname !== 'file') throw UploadErrors.unexpectedPart(part.fieldname);
      if (received) throw UploadErrors.oneFileOnly();
      const problem = fileNameProblem(part.filename);
      if (problem) throw UploadErrors.badFileName(problem);
      const mediaType = normalised(part.mimetype);
      if (!rules.mediaTypes.includes(mediaType)) throw UploadErrors.mediaTypeNotAllowed(rules.field, part.mimetype, rules.mediaTypes);
      received = { name: part.filename.normalize('NFC'), mediaType, stored: await store(part, rules, mediaType, storage) };
    }
  } catch (error) {
    if (received) await storage.remove(received.stored.key);
    throw asUploadError(error, rules);
  }
  if (!received) throw UploadErrors.fileMissing();
  return received;
}
