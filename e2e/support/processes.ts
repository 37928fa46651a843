import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A server the test started: its own process group, so stopping it stops npm's children too. */
export interface Server {
  name: string;
  url: string;
  child: ChildProcess;
  output: () => string;
}

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Polls until the URL answers with a status below 500, or fails with the server's output. */
export async function waitForUrl(server: Server, path: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`${server.name} exited with ${server.child.exitCode}:\n${server.output()}`);
    try {
      const response = await fetch(server.url + path);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${server.name} did not answer ${server.url}${path} within ${timeoutMs} ms:\n${server.output()}`);
}

/** Starts a command in its own process group, keeping the last 20 kB of its output for errors. */
export function startServer(name: string, url: string, command: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Server {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { name, url, child, output: () => log };
}

/** SIGTERM to the whole group, SIGKILL if it has not exited after a few seconds. */
export async function stopServer(server: Server | undefined): Promise<void> {
  if (!server || server.child.exitCode !== null || server.child.pid === undefined) return;
  const pid = server.child.pid;
  const exited = new Promise<void>((resolve) => server.child.once('exit', () => resolve()));
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }, 5000);
  await exited;
  clearTimeout(timer);
}
