import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildFrontEnd, previewFrontEnd } from './front-end';
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
  /** The applicant portal on the same API, when asked for (`portal: true`). */
  portalUrl?: string;
  stop: () => Promise<void>;
}

/**
 * Builds the backoffice (of `root`, the repository unless a test works in a copy) into a private
 * folder, starts the API (`npm run start:api`, no demo data,
 * a fixed "now" so the parameter version is certain; `env` adds or overrides its variables) and
 * `vite preview` proxying /api to it; with `portal`, the applicant portal too, on the same API
 * (one story across both apps).
 */
export async function startPlatform(options: { now: string; root?: string; sqliteFile?: string; demo?: boolean; portal?: boolean; env?: NodeJS.ProcessEnv }): Promise<Platform> {
  const root = options.root ?? REPO_ROOT;
  const work = mkdtempSync(path.join(tmpdir(), 'pioneer-e2e-'));
  const outDir = path.join(work, 'admin');
  buildFrontEnd('admin', root, outDir);
  if (options.portal) buildFrontEnd('portal', root, path.join(work, 'portal'));

  const [apiPort, adminPort, portalPort] = [await freePort(), await freePort(), await freePort()];
  const servers: Server[] = [];
  const stop = async () => {
    await Promise.all(servers.map(stopServer));
    rmSync(work, { recursive: true, force: true });
  };
  try {
    // The backoffice's forms cite files by typed-in references until they get an upload widget.
    // demo: the demo's people (sign-in per user), tokens and applications in every status, as `npm start` has them.
    const access = options.demo ? { PIONEER_DEMO: '1', PIONEER_TOKENS: '' } : { PIONEER_DEMO: '', PIONEER_TOKENS: BACKOFFICE_TOKENS };
    const api = startServer('api', `http://127.0.0.1:${apiPort}`, 'npm', ['run', '--silent', 'start:api'], { PORT: String(apiPort), HOST: '127.0.0.1', SQLITE_FILE: options.sqliteFile ?? path.join(work, 'pioneer.sqlite'), PIONEER_ATTACHMENTS_DIR: path.join(work, 'attachments'), PIONEER_NOW: options.now, ...access, PIONEER_VERIFY_ATTACHMENTS: '0', PIONEER_AUTH_SECRET: 'e2e-auth-secret-of-the-throw-away-platform', ...options.env }, root);
    servers.push(api);
    const admin = previewFrontEnd('admin', root, outDir, adminPort, api.url);
    servers.push(admin);
    const portal = options.portal ? previewFrontEnd('portal', root, path.join(work, 'portal'), portalPort, api.url) : undefined;
    if (portal) servers.push(portal);
    await waitForUrl(api, '/api/health', 120_000);
    await waitForUrl(admin, '/', 60_000);
    if (portal) await waitForUrl(portal, '/', 60_000);
    return { apiUrl: api.url, adminUrl: admin.url, portalUrl: portal?.url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
