// An esbuild plugin that writes `<bundle>.sources.json` beside a bundle built with `metafile`:
// the SHA-256 of every source file the bundle was made from. A launcher (tools/cli/bin/pioneer.js)
// compares it with the files on disk to tell whether the bundle is current. Contents, not mtimes:
// Nx leaves a cached output in place without rewriting it, so its mtime says nothing.
const { createHash } = require('node:crypto');
const { readFileSync, writeFileSync } = require('node:fs');
const path = require('node:path');

/** @returns {import('esbuild').Plugin} */
function sourcesStampPlugin() {
  return {
    name: 'sources-stamp',
    setup(build) {
      build.onEnd((result) => {
        const outfile = build.initialOptions.outfile;
        if (!result.metafile || !outfile || result.errors.length) return;
        const cwd = build.initialOptions.absWorkingDir ?? process.cwd();
        const sources = {};
        for (const file of Object.keys(result.metafile.inputs).sort()) {
          sources[file] = createHash('sha256')
            .update(readFileSync(path.resolve(cwd, file)))
            .digest('hex');
        }
        writeFileSync(path.resolve(cwd, `${outfile}.sources.json`), `${JSON.stringify(sources, null, 1)}\n`);
      });
    },
  };
}

module.exports = { sourcesStampPlugin };
