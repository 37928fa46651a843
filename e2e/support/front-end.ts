import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { startServer, type Server } from './processes';

/** The two front ends and the variable each one's `vite preview` takes its port from. */
const FRONT_ENDS = { admin: 'ADMIN_PORT', portal: 'PORTAL_PORT' } as const;

export type FrontEnd = keyof typeof FRONT_ENDS;

/** Builds a front end of `root` into `outDir` (a size budget that fails fails here, with the build's output). */
export function buildFrontEnd(app: FrontEnd, root: string, outDir: string): void {
  const vite = path.join(root, 'node_modules/vite/bin/vite.js');
  const config = path.join(root, `apps/${app}/vite.config.mts`);
  const build = spawnSync(process.execPath, [vite, 'build', '--config', config, '--outDir', outDir, '--logLevel', 'warn'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`the ${app} did not build:\n${build.stdout}\n${build.stderr}`);
}

/** `vite preview` of a built front end on `port`, proxying /api to the API at `apiUrl`. */
export function previewFrontEnd(app: FrontEnd, root: string, outDir: string, port: number, apiUrl: string): Server {
  const vite = path.join(root, 'node_modules/vite/bin/vite.js');
  const config = path.join(root, `apps/${app}/vite.config.mts`);
  return startServer(app, `http://127.0.0.1:${port}`, process.execPath, [vite, 'preview', '--config', config, '--outDir', outDir], { [FRONT_ENDS[app]]: String(port), PIONEER_API_URL: apiUrl }, root);
}
