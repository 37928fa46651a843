import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, startServer, stopServer, waitForUrl, type Server } from './processes';

export const REPO_ROOT = path.resolve(__dirname, '../..');

/** The sign-in tokens the backoffice offers, given to the API explicitly (its demo tokens need PIONEER_DEMO=1, which would also seed data). */
const BACKOFFICE_TOKENS = JSON.stringify({
  'admin-demo': { role: 'admin', subject: 'admin-demo' },
  'reviewer-demo': { role: 'reviewer', subject: 'reviewer-demo' },
  'applicant-demo': { role: 'applicant', subject: 'applicant-demo', applicantId: '91440300MA5F00001A' },
});

/** A running platform: the real API on a throw-away SQLite file, and the built backoffice in front of it. */
export interface Platform {
  apiUrl: string;
  adminUrl: string;
  stop: () => Promise<void>;
}

/**
 * Builds the backoffice (of `root`, the repository unless a test works in a copy) into a private
 * folder, starts the API (`npm run start:api`, no demo data,
 * a fixed "now" so the parameter version is certain; `env` adds or overrides its variables) and
 * `vite preview` proxying /api to it.
 */
export async function startPlatform(options: { now: string; root?: string; sqliteFile?: string; demo?: boolean; env?: NodeJS.ProcessEnv }): Promise<Platform> {
  const root = options.root ?? REPO_ROOT;
  const work = mkdtempSync(path.join(tmpdir(), 'pioneer-e2e-'));
  const outDir = path.join(work, 'admin');
  const vite = path.join(root, 'node_modules/vite/bin/vite.js');
  const config = path.join(root, 'apps/admin/vite.config.mts');
  const build = spawnSync(process.execPath, [vite, 'build', '--config', config, '--outDir', outDir, '--logLevel', 'warn'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`the backoffice did not build:\n${build.stdout}\n${build.stderr}`);

  const [apiPort, adminPort] = [await freePort(), await freePort()];
  const servers: Server[] = [];
  const stop = async () => {
    await Promise.all(servers.map(stopServer));
    rmSync(work, { recursive: true, force: true });
  };
  try {
    // The backoffice's forms cite files by typed-in references until they get an upload widget.
    // demo: the demo's people (sign-in per user), tokens and applications in every status, as `npm start` has them.
    const access = options.demo ? { PIONEER_DEMO: '1', PIONEER_TOKENS: '' } : { PIONEER_DEMO: '', PIONEER_TOKENS: BACKOFFICE_TOKENS };
    const api = startServer('api', `http://127.0.0.1:${apiPort}`, 'npm', ['run', '--silent', 'start:api'], { PORT: String(apiPort), HOST: '127.0.0.1', SQLITE_FILE: options.sqliteFile ?? path.join(work, 'pioneer.sqlite'), PIONEER_NOW: options.now, ...access, PIONEER_VERIFY_ATTACHMENTS: '0', PIONEER_AUTH_SECRET: 'e2e-auth-secret-of-the-throw-away-platform', ...options.env }, root);
    servers.push(api);
    const admin = startServer('admin', `http://127.0.0.1:${adminPort}`, process.execPath, [vite, 'preview', '--config', config, '--outDir', outDir], { ADMIN_PORT: String(adminPort), PIONEER_API_URL: api.url }, root);
    servers.push(admin);
    await waitForUrl(api, '/api/health', 120_000);
    await waitForUrl(admin, '/', 60_000);
    return { apiUrl: api.url, adminUrl: admin.url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
