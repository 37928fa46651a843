// The bare @rjsf/core page of `npm run bench:ui`: React and nothing of ours.
import react from '@vitejs/plugin-react';
import path from 'node:path';
import { defineConfig } from 'vite';

const root = path.resolve(import.meta.dirname, '../../../..');

export default defineConfig({
  root: import.meta.dirname,
  cacheDir: path.join(root, 'node_modules/.vite/bench-bare-rjsf'),
  plugins: [react()],
  server: { fs: { allow: [root] } },
  build: { emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
