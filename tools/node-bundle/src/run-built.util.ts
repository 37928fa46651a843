import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The workspace root. */
export const ROOT = path.resolve(__dirname, '../../..');

/** Preload that lists the modules a process loaded (see record-modules.preload.cjs). */
export const RECORD_MODULES = path.join(__dirname, 'record-modules.preload.cjs');

/** Runs `nx run-many -t build` for the given projects (cached by Nx: seconds when nothing changed). */
export function buildWithNx(projects: string[]): void {
  execFileSync(
    path.join(ROOT, 'node_modules/.bin/nx'),
    ['run-many', '-t', 'build', `--projects=${projects.join(',')}`, '--output-style=static'],
    {
      cwd: ROOT,
      stdio: 'pipe',
      env: { ...process.env, NX_DAEMON: 'false' },
    },
  );
}

/** A server process started with the module-recording preload, and its output so far. */
export interface RecordedServer {
  child: ChildProcess;
  /** Resolves with the base URL once the API prints it. */
  ready: Promise<string>;
  output(): string;
  /** Asks the process for the modules it has loaded (SIGUSR2) and returns their paths. */
  loadedModules(): Promise<string[]>;
  stop(): Promise<void>;
}

/** Starts `node --require record-modules <args>` in the workspace root. */
export function startRecorded(args: string[], env: NodeJS.ProcessEnv, modulesFile: string): RecordedServer {
  const child = spawn(process.execPath, ['--require', RECORD_MODULES, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env, RECORD_MODULES_FILE: modulesFile },
  });
  let output = '';
  const ready = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /API +(http:\/\/localhost:\d+)\/api/.exec(output);
      if (match) resolve(match[1]);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
  return {
    child,
    ready,
    output: () => output,
    async loadedModules() {
      child.kill('SIGUSR2');
      for (let i = 0; i < 100 && !existsSync(modulesFile); i++) await new Promise((r) => setTimeout(r, 50));
      return readFileSync(modulesFile, 'utf8').split('\n');
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.on('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Modules that only a TypeScript toolchain or runtime loader would bring in. */
export const COMPILER_MODULE = /\/node_modules\/(typescript|@swc-node|@swc\/core|tsx|esbuild|ts-node)\/|\.tsx?$/;
