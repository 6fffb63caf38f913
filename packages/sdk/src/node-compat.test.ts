import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { useSdkMock } from './test-support/sdk-mock.js';

const mock = useSdkMock();
const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const run = promisify(execFile);

/**
 * The previous Node LTS: `ICONTACT_NODE_PREVIOUS` (exported by `./run test`), else the copy that
 * scripts/setup/ensure-node-previous.sh installs. Missing is a failure, never a skip.
 */
function previousNode(): string {
  const candidates = [
    process.env.ICONTACT_NODE_PREVIOUS,
    join(packageRoot, '../../.tools/node-22/node_modules/.bin/node'),
  ];
  const found = candidates.find((path) => path !== undefined && path !== '' && existsSync(path));
  if (found === undefined) {
    throw new Error(
      'No Node 22 to test with: run `./run test`, or set ICONTACT_NODE_PREVIOUS to a Node 22 binary.',
    );
  }
  return found;
}

// The script imports the built package by its own name (a package may import itself), as a client
// team's code does, and prints what it saw as one JSON line.
const SCRIPT = `
import { createClient, IContactError } from '@icontact/sdk';
import { createFileStorage } from '@icontact/sdk/node';
const [baseUrl, now, dir] = process.argv.slice(2);
const client = createClient({
  baseUrl, appVersion: '3.2.0', clientKind: 'tablet', now: () => Number(now),
  storage: createFileStorage(dir), retry: { initialDelayMs: 1, maxDelayMs: 5 },
});
const wrong = await client.auth.login({ login: 'mk.aset', password: 'wrong-password' }).catch((e) => e);
await client.auth.login({ login: '  MK.Aset ', password: 'Passw0rd!' });
const me = await client.auth.me();
const shifts = await client.shifts.list();
console.log(JSON.stringify({
  node: process.versions.node,
  wrong: { isIContactError: wrong instanceof IContactError, code: wrong.code, retryable: wrong.retryable },
  login: me.login,
  shifts: shifts.length,
}));
`;

it('works on the previous Node LTS: the built package logs in through a 502, classifies a refusal, reads shifts', async () => {
  const node = previousNode();
  const dir = join(packageRoot, '.cache', 'node-compat');
  mkdirSync(dir, { recursive: true });
  const script = join(dir, 'client.mjs');
  writeFileSync(script, SCRIPT);
  mock.admin.addFault({
    kind: 'http',
    status: 502,
    code: 'bad_gateway',
    target: { operation: 'getMe', times: 1 },
  });

  const { stdout } = await run(node, [script, mock.apiUrl, String(mock.now()), join(dir, 'outbox')], {
    cwd: packageRoot,
    timeout: 60_000,
  });

  const seen = JSON.parse(stdout.trim()) as Record<string, unknown>;
  expect(seen).toMatchObject({
    wrong: { isIContactError: true, code: 'invalid_credentials', retryable: false },
    login: 'mk.aset',
  });
  expect(String(seen.node)).toMatch(/^22\./);
  expect(seen.shifts).toBeGreaterThan(0);
  expect(mock.admin.faultCounters().byKind.http).toBe(1);
}, 90_000);
