#!/usr/bin/env node
// npm test: schema check, type-check and lint (through Nx, cached), then every Jest project in
// one run. Prints each stage as it starts, and a closing "N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const stages = [
  ['schemas: pioneer check', bin('pioneer'), ['check']],
  ['typecheck and lint (nx, cached)', bin('nx'), ['run-many', '-t', 'typecheck', 'lint', '--output-style=static']],
];

function stage(title, command, args) {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  console.log(`${result.status === 0 ? '✓' : '✗'} ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return result.status === 0;
}

let ok = true;
for (const [title, command, args] of stages) ok = stage(title, command, args) && ok;

const report = path.join(root, 'tmp', 'jest-results.json');
rmSync(report, { force: true });
ok = stage('tests (jest, all projects)', bin('jest'), ['--ci', '--json', `--outputFile=${report}`, ...process.argv.slice(2)]) && ok;

let passed = 0;
let failed = 0;
try {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  passed = results.numPassedTests;
  failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
} catch {
  failed += 1;
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
