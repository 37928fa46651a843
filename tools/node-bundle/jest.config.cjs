// Builds the API and the CLI (nx, cached) and runs the bundles the way production does.
module.exports = { ...require('../../jest.preset.cjs'), displayName: 'node-bundle', rootDir: __dirname, testTimeout: 120000 };
