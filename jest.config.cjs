// One Jest run over every project (npm test); `nx test <project>` runs one project, cached.
const { existsSync, readdirSync } = require('node:fs');
const path = require('node:path');

const configsIn = (dir) =>
  existsSync(path.join(__dirname, dir))
    ? readdirSync(path.join(__dirname, dir))
        .map((name) => path.join(__dirname, dir, name, 'jest.config.cjs'))
        .filter((file) => existsSync(file))
    : [];

module.exports = {
  // Global in a multi-project run (a project's own testTimeout is ignored here): integration
  // suites start databases and servers; e2e raises it further in its setup file.
  testTimeout: 60_000,
  projects: [
    ...configsIn('libs'),
    ...configsIn('tools'),
    ...configsIn('apps'),
    path.join(__dirname, 'schemas/jest.config.cjs'),
    ...(existsSync(path.join(__dirname, 'e2e/jest.config.cjs')) ? [path.join(__dirname, 'e2e/jest.config.cjs')] : []),
  ],
};
