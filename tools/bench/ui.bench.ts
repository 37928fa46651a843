/**
 * npm run bench:ui — what the portal costs a visitor, from the production build in Debian's Chromium:
 *  1. initial JavaScript (gzip) of the portal and, when `nx build admin` has run, of the backoffice
 *     before sign-in, against their goals (200 kB and 300 kB);
 *  2. time from navigation to an interactive compute-voucher form (signed in, engine loaded);
 *  3. keystroke-to-next-frame on the largest form with the CPU throttled 4× (CDP
 *     Emulation.setCPUThrottlingRate), side by side with a bare @rjsf/core render of the same schema.
 * A benchmark, not a test: it prints figures and ratios, and asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { MEASURES } from '@pioneer/contracts';
import { usccCheckCharacter } from '@pioneer/engine';
import type { BrowserContext, Page } from 'playwright-core';
// The bench starts the platform and the browser exactly as the browser tests do; e2e/ is a test
// project with no package alias, so its helpers are reached by path (tooling only, never shipped).
/* eslint-disable @nx/enforce-module-boundaries */
import { launchChromium } from '../../e2e/support/chromium';
import { REPO_ROOT } from '../../e2e/support/platform';
import { startPortalPlatform } from '../../e2e/support/portal-platform';
/* eslint-enable @nx/enforce-module-boundaries */
import { initialJsGzip } from './ui/ui-sizes';

const RUNS = Number(process.env.BENCH_UI_RUNS ?? 5);
const KEYSTROKES = 40;
const FORM = 'compute-voucher';
const largest = MEASURES.filter((m) => m.hasForm).sort((a, b) => b.fields.length - a.fields.length)[0];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
const log = (line: string) => console.log(line);
// Figures move with what else runs on the machine: each run says how busy it was.
const load = () => `load average ${loadavg().map((n) => n.toFixed(2)).join(', ')}`;

/** Builds the bare @rjsf/core page and serves it from a throw-away folder. */
async function serveBareRjsf(): Promise<{ url: string; close: () => void }> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'pioneer-bare-rjsf-'));
  const vite = path.join(REPO_ROOT, 'node_modules/vite/bin/vite.js');
  const built = spawnSync(process.execPath, [vite, 'build', '--config', path.join(__dirname, 'ui/bare-rjsf/vite.config.mts'), '--outDir', outDir, '--logLevel', 'warn'], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`the bare @rjsf/core page did not build:\n${built.stdout}${built.stderr}`);
  const server = createServer((req, res) => {
    const file = path.join(outDir, decodeURIComponent((req.url ?? '/').split('?')[0]).replace(/\/$/, '/index.html'));
    if (!file.startsWith(outDir) || !existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': file.endsWith('.js') ? 'text/javascript' : file.endsWith('.html') ? 'text/html' : 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, close: () => (server.close(), rmSync(outDir, { recursive: true, force: true })) };
}

/** A registered organisation's session, as the portal keeps it after signing in. */
async function session(apiUrl: string): Promise<string> {
  const base = '91440300MA5FBENC1';
  const post = (route: string, body: unknown) => fetch(apiUrl + route, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const user = { username: 'bench-ui', displayName: 'Bench', password: 'a-long-passphrase-for-bench' };
  await post('/api/auth/register', { organisation: { creditCode: base + usccCheckCharacter(base), name: '深圳市基准测试科技有限公司', kind: 'enterprise', district: 'nanshan', registeredOn: '2023-05-01', contact: { name: '张三', phone: '0755-88886666' } }, user });
  const tokens = (await (await post('/api/auth/sign-in', { username: user.username, password: user.password })).json()) as { accessToken: string; refreshToken: string };
  return JSON.stringify({ accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, displayName: user.displayName, username: user.username });
}

/** Milliseconds from a key press to the next frame after the input event, per key, measured in the page. */
async function keystrokes(page: Page, context: BrowserContext, selector: string): Promise<number[]> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __t0: number };
    w.__lat = [];
    document.addEventListener('keydown', () => (w.__t0 = performance.now()), true);
    document.addEventListener('input', () => requestAnimationFrame(() => setTimeout(() => w.__lat.push(performance.now() - w.__t0))));
  });
  await page.click(selector);
  for (let i = 0; i < KEYSTROKES; i++) await page.keyboard.press(String.fromCharCode(97 + (i % 26)));
  await page.waitForTimeout(1000);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  return (await page.evaluate(() => (window as unknown as { __lat: number[] }).__lat)).slice(5);
}

async function main() {
  log(`bench:ui — ${RUNS} runs; largest form: ${largest.code} (${largest.fields.length} fields); ${load()}\n`);
  log('▶ building the portal and starting the API (a minute on 2 cores)…');
  const platform = await startPortalPlatform({ now: '2025-06-01T09:00:00+08:00' });
  const bare = await serveBareRjsf();
  const browser = await launchChromium();
  try {
    const portal = initialJsGzip(platform.outDir)!;
    const admin = initialJsGzip(path.join(REPO_ROOT, 'dist/apps/admin'));
    log('\n1. Initial JavaScript (gzip, production build, what loads before the first screen)');
    log(`   portal       ${kb(portal.bytes).padStart(9)}   goal ≤ 200 kB: ${portal.bytes <= 200 * 1024 ? 'met' : 'NOT met'}  (${portal.files.join(', ')})`);
    log(admin ? `   backoffice   ${kb(admin.bytes).padStart(9)}   goal ≤ 300 kB: ${admin.bytes <= 300 * 1024 ? 'met' : 'NOT met'}  (dist/apps/admin, as last built)` : '   backoffice   not measured: run `npx nx build admin` first (reads dist/apps/admin)');

    const stored = await session(platform.apiUrl);
    const signedIn = async () => {
      const page = await browser.context.newPage();
      await page.addInitScript((value) => sessionStorage.setItem('pioneer.portal.session', value), stored);
      return page;
    };
    const ready: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await signedIn();
      const started = Date.now();
      await page.goto(`${platform.portalUrl}/#/apply/${FORM}`);
      await page.locator('#root_contract_amount').waitFor();
      await page.locator('.estimate-panel').waitFor();
      ready.push(Date.now() - started);
      await page.close();
    }
    log(`\n2. Navigation → interactive ${FORM} form (signed in, schema, engine and organisation loaded)`);
    log(`   median ${median(ready)} ms, max ${Math.max(...ready)} ms over ${RUNS} runs (first run with a cold cache: ${ready[0]} ms)`);

    const ours = await signedIn();
    await ours.goto(`${platform.portalUrl}/#/apply/${largest.code}`);
    await ours.locator('#root_project_name, input[type="text"]').first().waitFor();
    const field = (await ours.locator('#root_project_name').count()) ? '#root_project_name' : 'input[type="text"]';
    const portalLatency = await keystrokes(ours, browser.context, field);
    const peer = await browser.context.newPage();
    await peer.goto(`${bare.url}/?measure=${largest.code}`);
    await peer.locator(field).first().waitFor();
    const peerLatency = await keystrokes(peer, browser.context, field);
    log(`\n3. Keystroke → next frame on ${largest.code}, CPU throttled 4× (${portalLatency.length} keys each)`);
    log(`   portal form (ui-forms, live estimate)   median ${median(portalLatency).toFixed(1)} ms, p95 ${p95(portalLatency).toFixed(1)} ms   goal ≤ 50 ms: ${median(portalLatency) <= 50 ? 'met' : 'NOT met'}`);
    log(`   bare @rjsf/core, same schema            median ${median(peerLatency).toFixed(1)} ms, p95 ${p95(peerLatency).toFixed(1)} ms`);
    log(`   ratio portal / bare: ${(median(portalLatency) / median(peerLatency)).toFixed(2)}×`);
    log(`\n${load()} at the end`);
  } finally {
    await browser.close();
    bare.close();
    await platform.stop();
  }
}

main().catch((error) => {
  console.error(`✗ bench:ui failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
