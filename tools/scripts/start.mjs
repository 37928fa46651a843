#!/usr/bin/env node
// npm start: checks the schemas, then shows the engine at work on the shipped examples.
// (When the API lands, this starts the whole platform on SQLite with demo data.)
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const pioneer = path.join(root, 'node_modules', '.bin', 'pioneer');
const examples = path.join('schemas', 'policies', 'shenzhen-ai-2024', 'examples');
const run = (title, args) => {
  console.log(`\n▶ ${title}\n  $ npx pioneer ${args.join(' ')}`);
  return spawnSync(pioneer, args, { cwd: root, stdio: 'inherit' }).status;
};

if (run('Checking every schema', ['check']) !== 0) process.exit(1);
run('Evaluating the example compute-voucher application', ['evaluate', 'compute-voucher', path.join(examples, 'applications', 'compute-voucher.json'), '--as-of', '2025-06-01']);
run('Matching a startup against every measure', ['match', path.join(examples, 'profiles', 'startup.json'), '--as-of', '2025-06-01']);
