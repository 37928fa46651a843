import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './platform';
import { buildFrontEnd, previewFrontEnd } from './front-end';
import { freePort, startServer, stopServer, waitForUrl, type Server } from './processes';

/** The real API on a throw-away SQLite file and attachment folder, and the built portal in front of it. */
export interface PortalPlatform {
  apiUrl: string;
  portalUrl: string;
  /** The portal's production build (for size checks). */
  outDir: string;
  stop: () => Promise<void>;
}

/**
 * Builds the portal into a private folder (the size budget applies: an over-budget build fails
 * here), starts the API (`npm run start:api`, no demo data, attachments verified, a fixed "now",
 * `tokens` as PIONEER_TOKENS: a staff token to return or decide applications)
 * and `vite preview` of the portal proxying /api to it.
 */
export async function startPortalPlatform(options: { now: string; tokens?: Record<string, string> }): Promise<PortalPlatform> {
  const work = mkdtempSync(path.join(tmpdir(), 'pioneer-portal-e2e-'));
  const outDir = path.join(work, 'portal');
  buildFrontEnd('portal', REPO_ROOT, outDir);

  const [apiPort, portalPort] = [await freePort(), await freePort()];
  const servers: Server[] = [];
  const stop = async () => {
    await Promise.all(servers.map(stopServer));
    rmSync(work, { recursive: true, force: true });
  };
  try {
    const env = { PORT: String(apiPort), HOST: '127.0.0.1', SQLITE_FILE: path.join(work, 'pioneer.sqlite'), PIONEER_ATTACHMENTS_DIR: path.join(work, 'attachments'), PIONEER_NOW: options.now, PIONEER_DEMO: '', PIONEER_AUTH_SECRET: 'e2e-auth-secret-of-the-throw-away-portal', ...(options.tokens ? { PIONEER_TOKENS: JSON.stringify(options.tokens) } : {}) };
    const api = startServer('api', `http://127.0.0.1:${apiPort}`, 'npm', ['run', '--silent', 'start:api'], env, REPO_ROOT);
    servers.push(api);
    const portal = previewFrontEnd('portal', REPO_ROOT, outDir, portalPort, api.url);
    servers.push(portal);
    await waitForUrl(api, '/api/health', 120_000);
    await waitForUrl(portal, '/', 60_000);
    return { apiUrl: api.url, portalUrl: portal.url, outDir, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
