#!/usr/bin/env node
// npm start: the whole platform on SQLite with demo data — the API (built to JavaScript by Nx and
// run from dist/apps/api/main.js, as in production, seeded with PIONEER_DEMO=1), the backoffice and
// the applicant portal (built, then each served by vite preview with /api proxied to the API). Builds
// go through Nx's cache: seconds when nothing changed. Waits until all three answer, prints where they
// are, stops them on Ctrl-C. PORT (API, 3000), ADMIN_PORT (backoffice, 4200), PORTAL_PORT (portal,
// 4300) and SQLITE_FILE (data/pioneer.sqlite) may be set.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const apiPort = Number(process.env.PORT ?? 3000);
const adminPort = Number(process.env.ADMIN_PORT ?? 4200);
const portalPort = Number(process.env.PORTAL_PORT ?? 4300);
const api = `http://localhost:${apiPort}`;
const admin = `http://localhost:${adminPort}`;
const portal = `http://localhost:${portalPort}`;
const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
const nx = path.join(root, 'node_modules', '.bin', 'nx');
const viteConfig = path.join('apps', 'admin', 'vite.config.mts');
const portalViteConfig = path.join('apps', 'portal', 'vite.config.mts');
const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const children = [];
let stopping = false;

function step(title) {
  console.log(`\n▶ ${title}`);
}

/** Runs a long-lived server in its own process group, its output prefixed with its name. */
function serve(name, command, args, env) {
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = (stream, out) => {
    let rest = '';
    stream.on('data', (chunk) => {
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop();
      for (const line of lines) out.write(`${name} │ ${line}\n`);
    });
  };
  prefix(child.stdout, process.stdout);
  prefix(child.stderr, process.stderr);
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`\n✗ ${name} stopped (${signal ?? `exit code ${code}`}); stopping the platform.`);
    stop(1);
  });
  children.push(child);
  return child;
}

/** Stops every server (SIGTERM to its group, SIGKILL after 5 s), then exits. */
function stop(code) {
  if (stopping) return;
  stopping = true;
  const alive = children.filter((child) => child.exitCode === null && child.signalCode === null);
  if (alive.length) console.log('\n▶ Stopping the API, the backoffice and the portal…');
  for (const child of alive) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  const force = setTimeout(() => {
    for (const child of alive) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }, 5000);
  Promise.all(alive.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve))))).then(
    () => {
      clearTimeout(force);
      if (alive.length) console.log('✓ stopped');
      process.exit(code);
    },
  );
}

/** Polls a URL until it answers below 500, printing a dot every few seconds. */
async function waitFor(name, url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let dots = 0;
  while (Date.now() < deadline && !stopping) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    if (++dots % 10 === 0) console.log(`  … waiting for ${name} (${seconds()})`);
  }
  return false;
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
// Last resort (an unexpected crash of this script): never leave the servers running.
process.on('exit', () => {
  for (const child of children) {
    try {
      if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

step('Building the API, the pioneer CLI, the backoffice and the portal (nx run-many -t build; cached builds take seconds)');
// Nx's own lines (which project is building, whether it came from the cache) are the progress;
// the bundlers' file listings are printed only when a build fails.
const build = spawnSync(nx, ['run-many', '-t', 'build', '--projects=api,cli,admin,portal', '--output-style=static'], {
  cwd: root,
  encoding: 'utf8',
});
const buildOutput = `${build.stdout ?? ''}${build.stderr ?? ''}`;
if (build.status !== 0) {
  console.error(buildOutput);
  console.error('✗ The build failed; see the errors above.');
  process.exit(1);
}
for (const line of buildOutput.split('\n')) if (/^> nx run |Cache:|cache/.test(line.trim())) console.log(`  ${line.trim()}`);
console.log(`✓ built dist/apps/api, dist/tools/cli, dist/apps/admin and dist/apps/portal (${seconds()})`);

/**
 * The demo's clock. Its applications are submitted "now": outside every policy's validity (P6)
 * each would be refused as not accepted, and the demo would show nothing but refusals. So when
 * today is past every policy's last day (read from the policy files, never written here), the
 * demo runs on that last day; PIONEER_NOW still overrides.
 */
function demoClock() {
  if (process.env.PIONEER_NOW) return {};
  const dir = path.join(root, 'schemas', 'policies');
  const files = existsSync(dir) ? readdirSync(dir).map((name) => path.join(dir, name, 'policy.json')).filter(existsSync) : [];
  const lastDays = files.map((file) => JSON.parse(readFileSync(file, 'utf8')).validity?.to).filter(Boolean).sort();
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const last = lastDays[lastDays.length - 1];
  if (!last || today <= last) return {};
  console.log(`  demo clock: ${last} (every policy's validity ended before today, ${today}; set PIONEER_NOW to choose another)`);
  return { PIONEER_NOW: `${last}T02:00:00.000Z` };
}

step(`Starting the API on SQLite with demo data (node dist/apps/api/main.js, port ${apiPort})`);
// The measure studio edits this checkout's schemas/ (a developer's copy), so the demo enables it.
serve('api', process.execPath, [path.join('dist', 'apps', 'api', 'main.js')], { PORT: String(apiPort), PIONEER_DEMO: '1', PIONEER_STUDIO: process.env.PIONEER_STUDIO ?? '1', ...demoClock() });
step(`Starting the backoffice (vite preview, port ${adminPort}, /api → ${api})`);
serve('admin', process.execPath, [vite, 'preview', '--config', viteConfig], {
  ADMIN_PORT: String(adminPort),
  PIONEER_API_URL: `http://127.0.0.1:${apiPort}`,
});
step(`Starting the applicant portal (vite preview, port ${portalPort}, /api → ${api})`);
serve('portal', process.execPath, [vite, 'preview', '--config', portalViteConfig], {
  PORTAL_PORT: String(portalPort),
  PIONEER_API_URL: `http://127.0.0.1:${apiPort}`,
});

const ready =
  (await waitFor('the API', `http://127.0.0.1:${apiPort}/api/health`, 180_000)) &&
  (await waitFor('the backoffice', `http://127.0.0.1:${adminPort}/`, 60_000)) &&
  (await waitFor('the portal', `http://127.0.0.1:${portalPort}/`, 60_000));
if (!ready) {
  if (!stopping) console.error(`\n✗ The platform did not come up (is port ${apiPort}, ${adminPort} or ${portalPort} in use? set PORT / ADMIN_PORT / PORTAL_PORT).`);
  stop(1);
} else {
  console.log(`
✓ Pioneer is running (${seconds()})

  Portal       ${portal}          (applicants: register an organisation, or sign in as applicant / applicant-demo-pass)
  Backoffice   ${admin}          (sign in: click a demo user below, or type its name and password)
  API          ${api}/api
  API docs     ${api}/api/docs
  Health       ${api}/api/health

  Demo tokens (Authorization: Bearer <token>):
    admin-demo       administrator
    reviewer-demo    reviewer (reviews and scores)
    approver-demo    approver (approves against the budgets, records payments)
    district-demo    district officer (sees its district's applications)
    applicant-demo   applicant (sees its own applications)
  Demo sign-ins (POST /api/auth/sign-in): admin / admin-demo-pass, and likewise reviewer, approver, district, applicant

  Try: curl -H 'Authorization: Bearer admin-demo' ${api}/api/measures

Press Ctrl-C to stop all three.`);
}
