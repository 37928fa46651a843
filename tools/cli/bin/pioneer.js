#!/usr/bin/env node
// Runs the TypeScript command line through tsx, with the workspace's path aliases.
const path = require('node:path');
process.env.TSX_TSCONFIG_PATH = path.resolve(__dirname, '../../../tsconfig.base.json');
require('tsx/cjs/api').register();
// `pioneer match … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error) => process.exit(error.code === 'EPIPE' ? 0 : 1));
require('../src/main.ts')
  .main(process.argv.slice(2))
  .then(
    (code) => process.exit(code),
    (error) => {
      console.error(`pioneer: ${error.message}`);
      process.exit(2);
    },
  );
