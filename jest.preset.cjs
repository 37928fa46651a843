// Shared Jest settings: SWC transpiles TypeScript (with decorator metadata, for NestJS) and
// the tsconfig path aliases resolve to library sources, so tests run against the real code.
const path = require('node:path');
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = {
  '^(\\.{1,2}/.*)\\.js$': '$1',
  // The forms' validator reuses rjsf's error processing, an ES module its package maps to no CommonJS file.
  '^@rjsf/validator-ajv8/lib/(.*)\\.js$': path.join(__dirname, 'node_modules/@rjsf/validator-ajv8/lib/$1.js'),
};
for (const [alias, [target]] of Object.entries(compilerOptions.paths)) {
  moduleNameMapper[`^${alias.replace('/', '\\/')}$`] = path.join(__dirname, target);
}

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true, decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  // rjsf's utilities load @x0k/json-schema-merge (ES modules only), and the mapping above is one: SWC compiles them.
  transformIgnorePatterns: ['/node_modules/(?!(@x0k|@rjsf/validator-ajv8/lib)/)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  moduleNameMapper,
  testMatch: ['**/*.spec.ts', '**/*.spec.tsx'],
};
