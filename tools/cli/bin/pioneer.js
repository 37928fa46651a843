#!/usr/bin/env node
// The `pioneer` command. It runs the built bundle (`nx build cli` → dist/tools/cli/main.js: plain
// JavaScript, no TypeScript loader) when every source it was built from is unchanged (the build
// writes their SHA-256 to main.js.sources.json); otherwise — never built, or a source edited
// since — the TypeScript sources through tsx, so a stale bundle never answers for edited code.
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '../../..');
const bundle = path.join(root, 'dist/tools/cli/main.js');

function bundleIsCurrent() {
  try {
    const sources = JSON.parse(readFileSync(`${bundle}.sources.json`, 'utf8'));
    return Object.entries(sources).every(
      ([file, sha256]) =>
        createHash('sha256')
          .update(readFileSync(path.join(root, file)))
          .digest('hex') === sha256,
    );
  } catch {
    return false;
  }
}

function loadCli() {
  if (process.env.PIONEER_CLI_FROM_SOURCE !== '1' && bundleIsCurrent()) return require(bundle);
  process.env.TSX_TSCONFIG_PATH = path.join(root, 'tsconfig.base.json');
  require('tsx/cjs/api').register();
  return require('../src/main.ts');
}

// `pioneer match … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error) => process.exit(error.code === 'EPIPE' ? 0 : 1));
loadCli()
  .main(process.argv.slice(2))
  .then(
    (code) => process.exit(code),
    (error) => {
      console.error(`pioneer: ${error.message}`);
      process.exit(2);
    },
  );
