// `npm run example:district`: the Pioneer API on SQLite with demo data, a district API key for
// Nanshan issued by the demo admin, and the district portal in front of it under its strict CSP.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildPortal, CSP, startPortal } from './server.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'pioneer-district-'));
const step = (text) => process.stdout.write(`district portal: ${text}\n`);

step('building the page (esbuild)…');
await buildPortal();
/** As `npm start`: past every policy's validity (read from the policy files), the demo runs on the last valid day. */
function demoDay() {
  if (process.env.PIONEER_NOW) return process.env.PIONEER_NOW.slice(0, 10);
  const dir = path.join(root, 'schemas/policies');
  const last = readdirSync(dir).map((name) => path.join(dir, name, 'policy.json')).filter(existsSync).map((file) => JSON.parse(readFileSync(file, 'utf8')).validity?.to).filter(Boolean).sort().pop();
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  return last && today > last ? last : undefined;
}
const asOf = demoDay();
step(`starting the API on SQLite with demo data${asOf ? ` (demo clock ${asOf})` : ''}…`);
const api = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
  cwd: root,
  env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json', PORT: '0', HOST: '127.0.0.1', SQLITE_FILE: path.join(work, 'demo.sqlite'), PIONEER_DEMO: '1', PIONEER_VERIFY_ATTACHMENTS: '0', ...(asOf ? { PIONEER_NOW: `${asOf}T02:00:00.000Z` } : {}) },
});
let output = '';
const apiBase = await new Promise((resolve, reject) => {
  const onData = (chunk) => {
    output += chunk.toString();
    const match = /API +(http:\/\/localhost:\d+)\/api/.exec(output);
    if (match) resolve(match[1]);
  };
  api.stdout.on('data', onData);
  api.stderr.on('data', onData);
  api.on('exit', (code) => reject(new Error(`the API exited with ${code}:\n${output}`)));
});

// The portal is the demo applicant's district's, so what it submits shows in its statistics.
const signIn = await fetch(`${apiBase}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'applicant', password: 'applicant-demo-pass' }) });
const { accessToken } = await signIn.json();
const { district } = await (await fetch(`${apiBase}/api/auth/me`, { headers: { authorization: `Bearer ${accessToken}` } })).json();
step(`issuing a district API key for ${district} (as the demo admin)…`);
const issued = await fetch(`${apiBase}/api/api-keys`, {
  method: 'POST',
  headers: { authorization: 'Bearer admin-demo', 'content-type': 'application/json' },
  body: JSON.stringify({ name: `${district} portal (example)`, district }),
});
if (!issued.ok) throw new Error(`could not issue the district key: ${issued.status} ${await issued.text()}`);
const { key } = await issued.json();

const portal = await startPortal({ apiBase, districtKey: key, asOf, port: Number(process.env.PORTAL_PORT ?? 4310) });
step(`ready at ${portal.url}  (sign in as applicant / applicant-demo-pass; API ${apiBase})`);
step(`the same portal built with React: ${portal.url}/react.html`);
step(`Content-Security-Policy: ${CSP}`);

const stop = async () => {
  await portal.close();
  api.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
