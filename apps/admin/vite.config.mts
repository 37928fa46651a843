// The backoffice's Vite config: React, the workspace's @pioneer/* aliases (from tsconfig.base.json),
// /api proxied to the API (PIONEER_API_URL, default http://127.0.0.1:3000), and the budget of what a
// signed-out first visit downloads (tools/build/bundle-budget.mts), which fails the build when passed.
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'vite';
import { bundleBudget } from '../../tools/build/bundle-budget.mts';
import { contentSecurityPolicy } from '../../tools/build/content-security-policy.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const { compilerOptions } = JSON.parse(readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8')) as { compilerOptions: { paths: Record<string, string[]> } };
const alias = Object.entries(compilerOptions.paths).map(([find, [target]]) => ({ find: new RegExp(`^${find.replace('/', '\\/')}$`), replacement: path.join(root, target) }));
const api = { '/api': { target: process.env.PIONEER_API_URL ?? 'http://127.0.0.1:3000', changeOrigin: true } };
const port = Number(process.env.ADMIN_PORT ?? 4200);
// Issue 10: at most 300 kB gzip of JavaScript before sign-in (the sign-in page; react-admin loads after).
const budgetKb = Number(process.env.ADMIN_JS_BUDGET_KB ?? 300);

export default defineConfig({
  root: import.meta.dirname,
  cacheDir: path.join(root, 'node_modules/.vite/admin'),
  plugins: [react(), bundleBudget(budgetKb, 'JavaScript before sign-in')],
  resolve: { alias },
  server: { host: '127.0.0.1', port, strictPort: true, proxy: api, fs: { allow: [root] } },
  // Scripts from its own origin only, no eval (forms validate with ui-forms' schema interpreter); MUI inserts styles.
  preview: { host: '127.0.0.1', port, strictPort: true, proxy: api, headers: { 'content-security-policy': contentSecurityPolicy({ inlineStyles: true }) } },
  build: {
    outDir: path.join(root, 'dist/apps/admin'),
    emptyOutDir: true,
    // Warn on any chunk over the whole first-visit budget (uncompressed, as Vite measures it, about
    // 3× the gzip figure): screens loaded after sign-in may be large, but not without anyone noticing.
    chunkSizeWarningLimit: 1000,
    // @pioneer/engine's index re-exports its ajv-based validation; ajv is CommonJS, so without this
    // hint it would stay in the first chunk though only the (lazily loaded) forms use it.
    rolldownOptions: { treeshake: { moduleSideEffects: [{ test: /node_modules\/(ajv|ajv-formats|fast-uri|fast-deep-equal|json-schema-traverse)\//, sideEffects: false }] } },
  },
});
