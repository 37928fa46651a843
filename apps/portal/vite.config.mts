// The portal's Vite config: React, the workspace's @pioneer/* aliases (from tsconfig.base.json),
// /api proxied to the API (PIONEER_API_URL, default http://127.0.0.1:3000), port PORTAL_PORT (4300),
// the initial-JavaScript budget (tools/build/bundle-budget.mts), which fails the build when passed, and under
// `vite preview` (npm start, the browser tests) a strict Content-Security-Policy header.
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'vite';
import { bundleBudget } from '../../tools/build/bundle-budget.mjs';
import { contentSecurityPolicy } from '../../tools/build/content-security-policy.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const { compilerOptions } = JSON.parse(readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8')) as { compilerOptions: { paths: Record<string, string[]> } };
const alias = Object.entries(compilerOptions.paths).map(([find, [target]]) => ({ find: new RegExp(`^${find.replace('/', '\\/')}$`), replacement: path.join(root, target) }));
// ajv's compiler stays out of the build (src/engine/no-ajv-compiler.ts); its formats, which the precompiled validators use, stay in.
alias.push({ find: /^(ajv\/dist\/2020|ajv-formats)$/, replacement: path.join(import.meta.dirname, 'src/engine/no-ajv-compiler.ts') });
const api = { '/api': { target: process.env.PIONEER_API_URL ?? 'http://127.0.0.1:3000', changeOrigin: true } };
const port = Number(process.env.PORTAL_PORT ?? 4300);
const budgetKb = Number(process.env.PORTAL_JS_BUDGET_KB ?? 200);
// Served as a government site serves it: scripts from its own origin only, no eval (the forms
// validate with precompiled validators or ui-forms' schema interpreter); styles inline too (MUI).
const csp = contentSecurityPolicy({ inlineStyles: true });

export default defineConfig({
  root: import.meta.dirname,
  cacheDir: path.join(root, 'node_modules/.vite/portal'),
  plugins: [react(), bundleBudget(budgetKb)],
  resolve: { alias },
  server: { host: '127.0.0.1', port, strictPort: true, proxy: api, fs: { allow: [root] } },
  preview: { host: '127.0.0.1', port, strictPort: true, proxy: api, headers: { 'content-security-policy': csp } },
  build: {
    outDir: path.join(root, 'dist/apps/portal'),
    emptyOutDir: true,
    // Warn on any chunk over the whole first-visit budget (uncompressed, as Vite measures it):
    // lazy screens may be large, but not without anyone noticing.
    chunkSizeWarningLimit: 1500,
    // ajv is CommonJS: without this hint it would stay in the first chunk though only the lazily
    // loaded forms and engine use it.
    rolldownOptions: { treeshake: { moduleSideEffects: [{ test: /node_modules\/(ajv|ajv-formats|fast-uri|fast-deep-equal|json-schema-traverse)\//, sideEffects: false }] } },
  },
});
