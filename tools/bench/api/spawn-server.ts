/**
 * Starts a server (the API, built or from source, or the bare fastify peer) as a child `node`
 * process on 127.0.0.1, and measures what an operator sees: the time from spawn to the first
 * healthy `/api/health`, and the process's resident memory.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

export interface ServerProcess {
  name: string;
  origin: string;
  child: ChildProcess;
  /** Spawn → first `/api/health` answered 200, in ms. */
  coldStartMs: number;
  /** Resident set size now, MiB (Linux /proc). */
  rssMiB(): number;
  /** CPU time (user + system) the process has used so far, ms (Linux /proc). */
  cpuMs(): number;
  output(): string;
  /** SIGTERM (the API closes its database), SIGKILL after 5 s; `force`: SIGKILL at once (a server stuck on a request). */
  stop(options?: { force?: boolean }): Promise<void>;
}

/** A port nothing listens on right now (the kernel picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** utime + stime of /proc/<pid>/stat (fields 14 and 15, counted after the command's closing parenthesis), in ms. */
export function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const ticksPerSecond = 100; // USER_HZ: 100 on every Linux architecture Node runs on
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}

function rssOf(pid: number): number {
  const kib = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return kib ? Number(kib) / 1024 : Number.NaN;
}

/** Spawns `node <args>` in `cwd` with `env` (plus PORT/HOST) and waits for a healthy /api/health. */
export async function startServer(
  name: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
  timeoutMs = 60_000,
): Promise<ServerProcess> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const began = performance.now();
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = async (options: { force?: boolean } = {}) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(options.force ? 'SIGKILL' : 'SIGTERM');
    const forced = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(forced);
  };
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode} before it was healthy:\n${output.slice(-2000)}`);
    if (performance.now() - began > timeoutMs) {
      await stop();
      throw new Error(`${name} was not healthy after ${timeoutMs / 1000} s:\n${output.slice(-2000)}`);
    }
    try {
      const response = await fetch(`${origin}/api/health`);
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    await sleep(5);
  }
  const coldStartMs = performance.now() - began;
  return { name, origin, child, coldStartMs, rssMiB: () => rssOf(child.pid!), cpuMs: () => cpuMsOf(child.pid!), output: () => output, stop };
}
