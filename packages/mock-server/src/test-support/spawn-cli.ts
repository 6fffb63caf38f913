import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';

/** The built CLI (`pnpm build` first; turbo's `test` depends on `build`). */
export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

/** A running `icontact-mock` child process. */
export interface RunningCli {
  readonly child: ChildProcess;
  /** Everything it printed on stdout so far. */
  output(): string;
  /** Resolves with the API base URL and the admin URL once the banner printed them. */
  ready(): Promise<{ apiUrl: string; adminUrl: string }>;
  /** Resolves with the exit code (or the signal's name) once it exited. */
  exited(): Promise<number | string>;
}

const children: ChildProcess[] = [];

/** Kills every CLI a test started, after each test. Call once at the top of a test file. */
export function killCliAfterEach(): void {
  afterEach(() => {
    for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  });
}

/** Starts the built CLI with `args` in a child process. */
export function spawnCli(args: readonly string[], env: NodeJS.ProcessEnv = {}): RunningCli {
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const exit = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown'));
  });
  return {
    child,
    output: () => stdout,
    exited: () => exit,
    ready: () =>
      new Promise((resolve, reject) => {
        const look = (): boolean => {
          const api = /API\s+(http:\/\/\S+\/api\/v1)/.exec(stdout);
          const admin = /Admin\s+(http:\/\/\S+\/__admin)/.exec(stdout);
          if (api?.[1] === undefined || admin?.[1] === undefined) return false;
          resolve({ apiUrl: api[1], adminUrl: admin[1] });
          return true;
        };
        if (look()) return;
        const onData = (): void => {
          if (look()) child.stdout?.off('data', onData);
        };
        child.stdout?.on('data', onData);
        void exit.then((code) =>
          reject(new Error(`the CLI exited (${code}) before it listened:\n${stdout}${stderr}`)),
        );
      }),
  };
}
