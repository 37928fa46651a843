// src/: unit and type tests. test/: the SDK against a started API (offline parity, the packed
// tarball installed outside the workspace): slower, they start the API from its sources.
module.exports = { ...require('../../jest.preset.cjs'), displayName: 'sdk', rootDir: __dirname, testTimeout: 120000 };
