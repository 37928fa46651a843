// An esbuild plugin that compiles TypeScript with SWC before esbuild bundles it. esbuild strips
// types but does not emit `emitDecoratorMetadata`'s `design:paramtypes`, and NestJS's dependency
// injection reads exactly that (a constructor `constructor(private db: DatabaseService)` would get
// `undefined`). SWC emits it the same way the Jest preset does, so tests and builds agree.
const { readFile } = require('node:fs/promises');
const path = require('node:path');
const { transform } = require('@swc/core');

/** @returns {import('esbuild').Plugin} */
function swcDecoratorsPlugin() {
  return {
    name: 'swc-decorators',
    setup(build) {
      build.onLoad({ filter: /\.tsx?$/ }, async (args) => {
        if (args.path.includes('/node_modules/')) return undefined;
        const source = await readFile(args.path, 'utf8');
        const output = await transform(source, {
          filename: args.path,
          sourceMaps: 'inline',
          jsc: {
            parser: { syntax: 'typescript', tsx: args.path.endsWith('.tsx'), decorators: true },
            transform: { legacyDecorator: true, decoratorMetadata: true },
            target: 'es2022',
            keepClassNames: true,
          },
          // ES modules out, so esbuild still resolves the imports (and the @pioneer/* paths) itself.
          module: { type: 'es6' },
        });
        return { contents: output.code, loader: 'js', resolveDir: path.dirname(args.path) };
      });
    },
  };
}

module.exports = { swcDecoratorsPlugin };
