/** The strict Content-Security-Policy header value (content-security-policy.mjs). */
export function contentSecurityPolicy(options?: { inlineStyles?: boolean }): string;
