// The district portal as a district would host it: static files under a strict
// Content-Security-Policy (scripts only from this origin, no eval, no inline script or style),
// /api/* passed through to the Pioneer API, and /district/statistics (GET /api/statistics) fetched server-side with the
// district's API key (which therefore never reaches the browser).
import { build } from 'esbuild';
import { createReadStream, existsSync, mkdirSync, copyFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { contentSecurityPolicy } from '../../tools/build/content-security-policy.mjs';

const here = import.meta.dirname;
const root = path.resolve(here, '../..');
export const OUT = path.join(root, 'dist/examples/district-portal');

export const CSP = contentSecurityPolicy();

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.map': 'application/json' };

/**
 * Bundles main.ts and react-main.tsx (ESM, one chunk per measure's engine, loaded when the form
 * asks for it) and copies the pages: index.html (the custom element), react.html (the React component).
 */
export async function buildPortal() {
  mkdirSync(OUT, { recursive: true });
  await build({
    entryPoints: { main: path.join(here, 'main.ts'), 'react-main': path.join(here, 'react-main.tsx') },
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    outdir: OUT,
    bundle: true,
    format: 'esm',
    splitting: true,
    minify: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'browser',
    tsconfig: path.join(root, 'tsconfig.base.json'),
    chunkNames: 'chunks/[name]-[hash]',
    logLevel: 'warning',
    // The engine creates no ajv when validators are precompiled: the compiler stays out of the page.
    plugins: [{ name: 'no-ajv-compiler', setup: (b) => b.onResolve({ filter: /^(ajv\/dist\/2020|ajv-formats)$/ }, () => ({ path: path.join(here, 'no-ajv.js') })) }],
  });
  for (const file of ['index.html', 'react.html', 'portal.css']) copyFileSync(path.join(here, file), path.join(OUT, file));
}

async function proxy(req, res, target, headers = {}) {
  const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await new Promise((resolve) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
  });
  const forwarded = Object.fromEntries(Object.entries(req.headers).filter(([k]) => !['host', 'connection', 'content-length'].includes(k)));
  try {
    const answer = await fetch(target, { method: req.method, headers: { ...forwarded, ...headers }, body });
    const out = {};
    answer.headers.forEach((value, key) => {
      if (!['content-encoding', 'content-length', 'transfer-encoding', 'connection'].includes(key)) out[key] = value;
    });
    res.writeHead(answer.status, out);
    res.end(Buffer.from(await answer.arrayBuffer()));
  } catch {
    res.writeHead(502, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify({ statusCode: 502, error: 'api-unreachable', message: { 'zh-CN': '无法连接申报系统：请稍后重试', en: 'The subsidy API cannot be reached: try again later' } }));
  }
}

/** Serves the built portal (or `folder`) on `port` (0: any free one); resolves with its URL and a close function. */
export async function startPortal({ apiBase, districtKey, asOf, port = 0, host = '127.0.0.1', folder = OUT }) {
  if (folder === OUT && !existsSync(path.join(OUT, 'main.js'))) await buildPortal();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://portal');
    if (url.pathname.startsWith('/api/')) return void proxy(req, res, `${apiBase}${url.pathname}${url.search}`);
    // The date the platform decides on, when it is not today (a demo clock): the form estimates on the same day.
    if (url.pathname === '/portal-config.json') {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      return void res.end(JSON.stringify({ asOf: asOf ?? null }));
    }
    // The statistics API scopes a district key to its own district, whatever the page asks.
    if (url.pathname === '/district/statistics') return void proxy(req, res, `${apiBase}/api/statistics${url.search}`, { authorization: `Bearer ${districtKey}` });
    const file = path.join(folder, url.pathname === '/' ? 'index.html' : path.normalize(url.pathname).replace(/^([/\\])+/, ''));
    if (!file.startsWith(folder) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'content-security-policy': CSP });
      return void res.end('Not found');
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'content-security-policy': CSP, 'x-content-type-options': 'nosniff' });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  const { port: bound } = server.address();
  return { url: `http://${host}:${bound}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

// Run on its own (the browser tests do): PORTAL_API, PORTAL_DISTRICT_KEY, PORTAL_PORT, PORTAL_AS_OF;
// PORTAL_ROOT serves another folder under the same CSP and proxy (the SDK's browser test page).
if (process.argv[1] && path.resolve(process.argv[1]) === path.join(here, 'server.mjs')) {
  const { PORTAL_API, PORTAL_DISTRICT_KEY, PORTAL_PORT, PORTAL_AS_OF, PORTAL_ROOT } = process.env;
  if (!PORTAL_API || !PORTAL_DISTRICT_KEY) {
    console.error('server.mjs needs PORTAL_API (the Pioneer API, e.g. http://127.0.0.1:3000) and PORTAL_DISTRICT_KEY (a district API key); or run `npm run example:district`');
    process.exit(2);
  }
  if (!PORTAL_ROOT) await buildPortal();
  const portal = await startPortal({ apiBase: PORTAL_API, districtKey: PORTAL_DISTRICT_KEY, asOf: PORTAL_AS_OF, port: Number(PORTAL_PORT ?? 0), folder: PORTAL_ROOT ? path.resolve(PORTAL_ROOT) : OUT });
  console.log(`portal ${portal.url}`);
}
