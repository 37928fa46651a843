/**
 * Stands in for ajv's schema compiler (`ajv/dist/2020`, `ajv-formats`) in the portal's build
 * (vite.config.mts aliases them here): the engine imports it, but with precompiled validators it
 * never calls it, and the forms validate without it. Leaving it out keeps code that could only
 * run through `new Function` (refused by the portal's CSP) out of every form's download.
 */
export default function noAjvCompiler(): never {
  throw new Error('the portal compiles no schema (no eval under its Content-Security-Policy): use the generated validators');
}
