import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** One part of a hand-built multipart body: raw header lines, so tests can break them. */
export interface Part {
  name?: string;
  filename?: string;
  contentType?: string;
  content: Buffer | string;
  /** Replaces the generated header lines entirely. */
  rawHeaders?: string;
}

/** A multipart/form-data body and its content type, built byte by byte (nothing normalised). */
export function multipartBody(parts: Part[], boundary = `----pioneer${randomBytes(8).toString('hex')}`): { payload: Buffer; contentType: string } {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const headers =
      part.rawHeaders ??
      [
        `Content-Disposition: form-data${part.name !== undefined ? `; name="${part.name}"` : ''}${part.filename !== undefined ? `; filename="${part.filename}"` : ''}`,
        ...(part.contentType ? [`Content-Type: ${part.contentType}`] : []),
      ].join('\r\n');
    chunks.push(Buffer.from(`--${boundary}\r\n${headers}\r\n\r\n`, 'utf8'), Buffer.isBuffer(part.content) ? part.content : Buffer.from(part.content, 'utf8'), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** A small file whose first bytes are of the given type. */
export const fakeFile = {
  pdf: (size = 64) => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(Math.max(0, size - 9))]),
  png: (size = 64) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(Math.max(0, size - 8))]),
  exe: (size = 64) => Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), randomBytes(Math.max(0, size - 8))]),
};

/** Every file under a folder (the attachment store), relative paths, sorted. */
export function filesUnder(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else found.push(path.relative(root, full));
    }
  };
  walk(root);
  return found.sort();
}
