import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

/** The mock server's CLI as a consumer runs it: the `icontact-mock` bin the tarball installed. */
export interface RunningMock {
  readonly apiUrl: string;
  readonly adminUrl: string;
  stop(): Promise<void>;
}

/** Starts `node_modules/.bin/icontact-mock` of the project on free ports; resolves once its banner printed the URLs. */
export function startInstalledMock(projectDir: string): Promise<RunningMock> {
  const child: ChildProcess = spawn(
    join(projectDir, 'node_modules/.bin/icontact-mock'),
    ['--port', '0', '--admin-port', '0', '--log-level', 'silent'],
    { cwd: projectDir, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const api = /API\s+(http:\/\/\S+\/api\/v1)/.exec(output)?.[1];
      const admin = /Admin\s+(http:\/\/\S+\/__admin)/.exec(output)?.[1];
      if (api === undefined || admin === undefined) return;
      child.stdout?.off('data', onData);
      resolve({
        apiUrl: api,
        adminUrl: admin,
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.once('exit', (code) =>
      reject(new Error(`icontact-mock exited (${code}) before it was ready:\n${output}`)),
    );
  });
}
