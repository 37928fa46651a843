/**
 * A `Content-Disposition: attachment` header for a stored file name: an ASCII fallback (every
 * other character, quote and backslash replaced) and the exact name in RFC 8187 `filename*`.
 * The browser saves the file rather than showing it, so no upload is ever rendered as a page.
 */
export function attachmentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const exact = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${exact}`;
}
