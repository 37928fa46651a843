// Integration tests over HTTP against real databases: SQLite files here, PostgreSQL in *.pg.spec.ts
// (npm test skips those, loudly, when TEST_DATABASE_URL is unset).
// content-disposition 3 (under @fastify/static, which serves Swagger UI) ships ES modules only:
// Node 20 requires them natively, Jest on Node 20 does not, so SWC compiles it here.
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'api',
  rootDir: __dirname,
  testTimeout: 60000,
  transformIgnorePatterns: ['/node_modules/(?!content-disposition/)'],
};
