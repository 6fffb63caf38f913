import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fetch } from 'undici';
import { afterAll, expect, it } from 'vitest';
import { killCliAfterEach, spawnCli } from './test-support/spawn-cli.js';
import { TABLET_HEADERS } from './test-support/start-mock.js';

killCliAfterEach();
const dataRoot = mkdtempSync(join(tmpdir(), 'icontact-mock-cli-'));
afterAll(() => rmSync(dataRoot, { recursive: true, force: true }));

const FROZEN = ['--clock-start', '2026-11-24T03:30:00Z', '--clock-speed', '0', '--log-level', 'warn'];

it('prints every flag with its environment variable on --help, and exits 0', async () => {
  const cli = spawnCli(['--help']);
  expect(await cli.exited()).toBe(0);
  for (const flag of [
    '--port',
    '--seed',
    '--scenario',
    '--data-dir',
    '--admin-token',
    '--dns-port',
    '--clock-speed',
  ]) {
    expect(cli.output()).toContain(flag);
  }
  expect(cli.output()).toContain('ICONTACT_MOCK_PORT');
});

it('takes flags after the `--` that `pnpm run start --` passes on', async () => {
  const cli = spawnCli(['--', '--help']);
  expect(await cli.exited()).toBe(0);
  expect(cli.output()).toContain('--data-dir');
});

it('refuses a bad flag with a message and exit code 1', async () => {
  const cli = spawnCli(['--port', 'eighty']);
  expect(await cli.exited()).toBe(1);
});

it('prints where it answers and the seeded logins to try, then serves them', async () => {
  const cli = spawnCli(['--port', '0', ...FROZEN]);
  const { apiUrl, adminUrl } = await cli.ready();
  expect(cli.output()).toMatch(/mk\.aigerim\s+Passw0rd!/);
  expect(cli.output()).toContain('/docs');
  const login = await fetch(`${apiUrl}/auth/token`, {
    method: 'POST',
    headers: { ...TABLET_HEADERS, 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'mk.aigerim', password: 'Passw0rd!' }),
  });
  expect(login.status).toBe(200);
  expect((await fetch(`${adminUrl}/health`)).status).toBe(200);
});

it('injects a fault given with --fault from the first request on', async () => {
  const fault = {
    kind: 'http',
    status: 503,
    code: 'service_unavailable',
    retryAfter: 30,
    target: { operation: 'getAppVersion' },
  };
  const cli = spawnCli(['--port', '0', ...FROZEN, '--fault', JSON.stringify(fault)]);
  const { apiUrl } = await cli.ready();
  const answer = await fetch(`${apiUrl}/app/version`, { headers: TABLET_HEADERS });
  expect(answer.status).toBe(503);
  expect(answer.headers.get('retry-after')).toBe('30');
  expect(await answer.json()).toMatchObject({ code: 'service_unavailable' });
});

it('shuts down gracefully on SIGTERM with exit code 0', async () => {
  const cli = spawnCli(['--port', '0', ...FROZEN]);
  await cli.ready();
  cli.child.kill('SIGTERM');
  expect(await cli.exited()).toBe(0);
});

it('keeps an acknowledged write across a SIGKILL and a restart with the same data dir', async () => {
  const dataDir = join(dataRoot, 'crash');
  const first = spawnCli(['--port', '0', '--data-dir', dataDir, ...FROZEN]);
  const { apiUrl } = await first.ready();
  const login = await fetch(`${apiUrl}/auth/token`, {
    method: 'POST',
    headers: { ...TABLET_HEADERS, 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'mk.aset', password: 'Passw0rd!' }),
  });
  expect(login.status).toBe(200);
  const { access } = (await login.json()) as { access: string };
  const shifts = (await (
    await fetch(`${apiUrl}/shifts`, { headers: { ...TABLET_HEADERS, authorization: `Bearer ${access}` } })
  ).json()) as { items?: { id: string }[] } | { id: string }[];
  const shiftId = (Array.isArray(shifts) ? shifts : (shifts.items ?? []))[0]?.id;
  expect(shiftId).toBeDefined();
  const started = await fetch(`${apiUrl}/shifts/${shiftId}/start`, {
    method: 'POST',
    headers: { ...TABLET_HEADERS, authorization: `Bearer ${access}`, 'idempotency-key': crypto.randomUUID() },
  });
  expect(started.status).toBe(200);

  first.child.kill('SIGKILL');
  expect(await first.exited()).toBe('SIGKILL');

  const second = spawnCli(['--port', '0', '--data-dir', dataDir, ...FROZEN]);
  const restarted = await second.ready();
  const shift = await fetch(`${restarted.apiUrl}/shifts/${shiftId}`, {
    headers: { ...TABLET_HEADERS, authorization: `Bearer ${access}` },
  });
  expect(shift.status).toBe(200);
  expect(await shift.json()).toMatchObject({ id: shiftId, status: 'in_progress' });
});
