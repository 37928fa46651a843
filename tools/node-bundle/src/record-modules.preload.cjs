// `node --require <this file> program.js` with RECORD_MODULES_FILE=<path>: writes the absolute
// path of every CommonJS module the process has loaded, one a line, when it receives SIGUSR2 and
// when it exits normally. The built-program tests read it to prove what production does not load
// (the TypeScript compiler, a runtime loader) without adding a debug route to the program.
// SIGUSR2 rather than only 'exit': a server stopped by SIGTERM ends without an 'exit' event.
const { writeFileSync } = require('node:fs');

const file = process.env.RECORD_MODULES_FILE;
if (file) {
  const record = () => writeFileSync(file, Object.keys(require.cache).join('\n'));
  process.on('SIGUSR2', record);
  process.on('exit', record);
}
