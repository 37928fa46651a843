// The benchmarks' own helpers (load generator, percentiles): the benchmarks themselves are
// scripts (npm run bench:*), never timed tests.
module.exports = { ...require('../../jest.preset.cjs'), displayName: 'bench', rootDir: __dirname };
