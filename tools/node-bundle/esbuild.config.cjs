// The esbuild settings of every Node program the workspace ships (`nx build api`, `nx build cli`),
// read by @nx/esbuild through each project's `esbuildConfig`. The executor bundles the workspace
// libraries (@pioneer/*, resolved through tsconfig.base.json's paths) and leaves npm packages
// external (`thirdParty: false`): node_modules is installed beside the output, not copied into it.
const { sourcesStampPlugin } = require('./src/sources-stamp.plugin.cjs');
const { swcDecoratorsPlugin } = require('./src/swc-decorators.plugin.cjs');

module.exports = {
  // NestJS finds constructor dependencies through `design:paramtypes` metadata, which esbuild
  // does not emit; SWC does, so TypeScript goes through SWC first (see the plugin).
  // With the target's `metafile` on, the stamp plugin also lists the bundle's sources by hash.
  plugins: [swcDecoratorsPlugin(), sourcesStampPlugin()],
  // Nest and TypeORM name things after classes (providers in error messages, entity names).
  keepNames: true,
  // dist/apps/api/main.js rather than the executor's default main.cjs for CommonJS.
  outExtension: { '.js': '.js' },
  logLevel: 'warning',
};
