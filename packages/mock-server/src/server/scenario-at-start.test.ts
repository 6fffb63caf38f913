import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fetch } from 'undici';
import { afterAll, expect, it } from 'vitest';
import { closeMocksAfterEach, startMock, TABLET_HEADERS } from '../test-support/start-mock.js';
import { createMockServer } from './create-mock-server.js';

closeMocksAfterEach();
const dir = mkdtempSync(join(tmpdir(), 'icontact-scenario-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function scenarioFile(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

it('loads a scenario file at start: its seed, its clock and its faults', async () => {
  const file = scenarioFile(
    'bad-morning.yaml',
    [
      'name: bad morning',
      'seed: 2026',
      'clock: { start: 2026-11-24T04:00:00Z, speed: 0 }',
      'faults:',
      '  - id: gateway',
      '    kind: http',
      '    status: 502',
      '    code: bad_gateway',
      '    target: { operation: getAppVersion, times: 1 }',
    ].join('\n'),
  );
  const { server, addresses } = await startMock({ scenarioFile: file }, { port: 0, logLevel: 'silent' });
  expect(server.scenario?.name).toBe('bad morning');
  expect(server.backend.admin.describeSeed().seed).toBe(2026);
  expect(server.backend.admin.clock()).toEqual({ now: '2026-11-24T04:00:00.000Z', speed: 0 });
  expect((await fetch(`${addresses.apiUrl}/app/version`, { headers: TABLET_HEADERS })).status).toBe(502);
  expect((await fetch(`${addresses.apiUrl}/app/version`, { headers: TABLET_HEADERS })).status).toBe(200);
});

it('lets flags win over the scenario’s seed and clock', async () => {
  const file = scenarioFile('seeded.yaml', 'seed: 5\nclock: { start: 2026-11-24T04:00:00Z, speed: 0 }\n');
  const { server } = await startMock({ scenarioFile: file, seed: 9, clockStart: '2026-11-24T06:00:00Z' });
  expect(server.backend.admin.describeSeed().seed).toBe(9);
  expect(server.backend.admin.clock().now).toBe('2026-11-24T06:00:00.000Z');
});

it('refuses to start with a scenario that has an error, naming the line and the field', async () => {
  const file = scenarioFile(
    'broken.yaml',
    'faults:\n  - kind: http\n    status: 502\n    code: bad_gateway\n    target: { users: x }\n',
  );
  await expect(createMockServer({ port: 0, logLevel: 'silent', scenarioFile: file })).rejects.toThrow(
    /broken\.yaml:5.*users/s,
  );
});
