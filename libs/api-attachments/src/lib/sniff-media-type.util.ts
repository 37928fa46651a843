/** The leading bytes each accepted media type's content starts with. */
const SIGNATURES: Record<string, readonly Buffer[]> = {
  'application/pdf': [Buffer.from('%PDF-', 'latin1')],
  'image/png': [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
  'image/jpeg': [Buffer.from([0xff, 0xd8, 0xff])],
  // XLSX is a ZIP archive (Office Open XML); an empty archive starts with its end record.
  'application/zip': [Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from([0x50, 0x4b, 0x05, 0x06])],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': [Buffer.from([0x50, 0x4b, 0x03, 0x04])],
};

/** How many leading bytes `contentMatches` needs to decide. */
export const SNIFF_BYTES = 8;

/** Whether the server can check content of this media type at all. */
export const canSniff = (mediaType: string): boolean => mediaType in SIGNATURES;

/**
 * Whether content starting with `head` is what its declared media type says: a renamed
 * executable (or anything else) declared as a PDF is refused. A type without a known signature
 * never matches, so only content the server can recognise is stored.
 */
export function contentMatches(mediaType: string, head: Buffer): boolean {
  return (SIGNATURES[mediaType] ?? []).some((signature) => head.length >= signature.length && head.subarray(0, signature.length).equals(signature));
}
