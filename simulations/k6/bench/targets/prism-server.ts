/**
 * Stoplight Prism mocking the same contract (`openapi/dist/openapi.json`), the tool a team would
 * otherwise pick: it validates each request against the spec and answers the operation's example.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** A listening Prism. */
export interface PrismServer {
  /** Its base URL: Prism serves the spec's paths at its root. */
  readonly apiUrl: string;
  /** Its process, for its CPU time. */
  readonly pid: number;
  close(): Promise<void>;
}

const require = createRequire(import.meta.url);

/** The bundled contract that the mock routes by, as `@icontact/openapi` ships it. */
export function bundledSpecPath(): string {
  return join(dirname(require.resolve('@icontact/openapi/package.json')), 'dist', 'openapi.json');
}

/** Starts `prism mock` on `port` and waits until it listens. */
export async function startPrism(port: number): Promise<PrismServer> {
  const cli = join(dirname(require.resolve('@stoplight/prism-cli/package.json')), 'dist', 'index.js');
  const child = spawn(
    process.execPath,
    [cli, 'mock', '--host', '127.0.0.1', '--port', String(port), '--errors', bundledSpecPath()],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Prism did not start within 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes('Prism is listening')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`Prism exited with ${code}:\n${output}`)));
  });
  // Prism logs every request; nobody reads it during the benchmark.
  child.stdout.removeAllListeners('data').resume();
  child.stderr.removeAllListeners('data').resume();
  return {
    apiUrl: `http://127.0.0.1:${port}`,
    pid: child.pid ?? 0,
    close: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
