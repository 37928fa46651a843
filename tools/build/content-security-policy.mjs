// The strict Content-Security-Policy Pioneer's pages are served and tested under (the portal's
// `vite preview`, the district portal example): scripts from the page's origin only, no eval, no
// inline script. Pages whose components insert <style> elements as they render (MUI's emotion:
// the portal) pass `inlineStyles`; scripts stay strict either way.

/** The policy's header value; `inlineStyles` adds `'unsafe-inline'` to `style-src` only. */
export function contentSecurityPolicy({ inlineStyles = false } = {}) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    inlineStyles ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
}
