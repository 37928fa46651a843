// Browser tests: the real API and backoffice, driven in Debian's Chromium with playwright-core.
// npm test skips this project (loudly) when /usr/bin/chromium is absent.
module.exports = {
  ...require('../jest.preset.cjs'),
  displayName: 'e2e',
  rootDir: __dirname,
  testMatch: ['**/*.e2e.spec.ts'],
  setupFilesAfterEnv: ['<rootDir>/support/timeout.ts'],
};
