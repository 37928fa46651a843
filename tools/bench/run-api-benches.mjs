#!/usr/bin/env node
// npm run bench:api [-- --quick]: the API benchmark (throughput, table size, hostile bodies, cold
// start) and then the approvals benchmark (one hot budget against bare SQL), each in its own
// process, the arguments passed to both. Exits non-zero if either does.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
let failed = false;
for (const bench of ['api.bench.ts', 'approvals.bench.ts']) {
  const run = spawnSync(tsx, ['--tsconfig', 'tsconfig.base.json', path.join('tools', 'bench', bench), ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
  });
  failed ||= run.status !== 0;
}
process.exit(failed ? 1 : 0);
