// Builds the publishable @pioneer/sdk into dist/libs/sdk (run by `nx run sdk:build`):
//   ESM (code-split, so every measure's engine shares one engine chunk) and CommonJS, bundled
//   with esbuild; declarations bundled per entry by dts-bundle-generator (no path alias left);
//   package.json with the exports map: `.` (the client) and `./offline/<measure>` (one measure's engine).
// Options for tests that need the package's JavaScript only: `--out <dir>` (default dist/libs/sdk),
// `--no-types` (skips the declarations, the slow step; the JavaScript is the same).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');
const lib = path.join(root, 'libs/sdk');
const option = (name) => process.argv.indexOf(name);
const out = option('--out') > 0 ? path.resolve(process.argv[option('--out') + 1]) : path.join(root, 'dist/libs/sdk');
const withTypes = option('--no-types') < 0;
const offlineDir = path.join(lib, 'src/generated/offline');
const measures = readdirSync(offlineDir)
  .filter((f) => f.endsWith('.gen.ts') && !f.endsWith('.validator.gen.ts') && f !== 'loaders.gen.ts')
  .map((f) => f.replace(/\.gen\.ts$/, ''))
  .sort();
const entries = [
  { name: 'index', file: path.join(lib, 'src/index.ts') },
  { name: 'offline', file: path.join(lib, 'src/offline.ts') },
  ...measures.map((m) => ({ name: `offline/${m}`, file: path.join(offlineDir, `${m}.gen.ts`) })),
];

/**
 * With precompiled validators and checked bundles the engine never creates an ajv (it would
 * compile code with new Function): the ajv compiler is left out of the package, which keeps one
 * measure small and holds under `script-src 'self'`. The formats the validators use stay.
 */
const noAjvCompiler = {
  name: 'no-ajv-compiler',
  setup(b) {
    b.onResolve({ filter: /^(ajv\/dist\/2020|ajv-formats)$/ }, (args) => ({ path: args.path, namespace: 'no-ajv-compiler' }));
    b.onLoad({ filter: /.*/, namespace: 'no-ajv-compiler' }, (args) => ({
      contents: `export default function noAjv() { throw new Error(${JSON.stringify(`@pioneer/sdk compiles no schema at run time (${args.path} is left out): use the generated validators`)}); }`,
      loader: 'js',
    }));
  },
};

const common = {
  bundle: true,
  platform: 'neutral',
  target: 'es2022',
  tsconfig: path.join(root, 'tsconfig.base.json'),
  plugins: [noAjvCompiler],
  minify: true,
  sourcemap: true,
  legalComments: 'none',
  mainFields: ['module', 'main'],
  logLevel: 'warning',
};

function step(label) {
  process.stdout.write(`sdk build: ${label}…\n`);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const entryPoints = Object.fromEntries(entries.map((e) => [e.name, e.file]));
step(`ESM, ${entries.length} entry points`);
// The client on its own, the offline entries code-split among themselves: a chunk shared with
// the engines would otherwise make the client's import pull engine code it never calls.
const { index: clientEntry, ...offlineEntries } = entryPoints;
await build({ ...common, entryPoints: { index: clientEntry }, outdir: out, format: 'esm', outExtension: { '.js': '.mjs' } });
await build({
  ...common,
  entryPoints: offlineEntries,
  outdir: out,
  format: 'esm',
  splitting: true,
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
});
step('CommonJS');
await build({ ...common, entryPoints, outdir: out, format: 'cjs', outExtension: { '.js': '.cjs' } });

if (withTypes) writeDeclarations();

function writeDeclarations() {
  step(`type declarations (${entries.length} entries, dts-bundle-generator)`);
  const config = {
    compilationOptions: { preferredConfigPath: path.join(lib, 'tsconfig.package.json') },
    entries: entries.map((e) => ({
      filePath: e.file,
      outFile: path.join(out, `${e.name}.d.ts`),
      noCheck: true,
      output: { noBanner: true, exportReferencedTypes: false },
    })),
  };
  const configFile = path.join(out, 'dts-config.json');
  writeFileSync(configFile, JSON.stringify(config));
  execFileSync(
    process.execPath,
    [path.join(root, 'node_modules/dts-bundle-generator/dist/bin/dts-bundle-generator.js'), '--silent', '--config', configFile],
    { stdio: 'inherit', cwd: root },
  );
  rmSync(configFile);
  // The same declarations for `import` (.d.mts) as for `require` (.d.ts).
  for (const e of entries) copyFileSync(path.join(out, `${e.name}.d.ts`), path.join(out, `${e.name}.d.mts`));
}

step('package.json, README');
const pkg = JSON.parse(readFileSync(path.join(lib, 'package.json'), 'utf8'));
const exportOf = (name) => ({
  import: { types: `./${name}.d.mts`, default: `./${name}.mjs` },
  require: { types: `./${name}.d.ts`, default: `./${name}.cjs` },
});
const manifest = {
  ...pkg,
  main: './index.cjs',
  module: './index.mjs',
  types: './index.d.ts',
  exports: {
    '.': exportOf('index'),
    './offline': exportOf('offline'),
    ...Object.fromEntries(measures.map((m) => [`./offline/${m}`, exportOf(`offline/${m}`)])),
    './package.json': './package.json',
  },
  files: ['**/*.mjs', '**/*.cjs', '**/*.d.ts', '**/*.d.mts', '**/*.map', 'README.md'],
};
writeFileSync(path.join(out, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
copyFileSync(path.join(lib, 'README.md'), path.join(out, 'README.md'));
step(`done: ${path.relative(root, out)} (${measures.length} measures offline)`);
