import { expect, it } from 'vitest';
import { formatBanner } from './banner.js';

const addresses = {
  url: 'http://127.0.0.1:4010',
  apiUrl: 'http://127.0.0.1:4010/api/v1',
  docsUrl: 'http://127.0.0.1:4010/docs',
  adminUrl: 'http://127.0.0.1:4011/__admin',
  consoleUrl: 'http://127.0.0.1:4011/__admin/ui',
};

it('shows where the mock answers, the clock, the logins to try and consumers to register', () => {
  const banner = formatBanner({
    addresses,
    seed: 7,
    logins: [{ login: 'mk.aigerim', password: 'Passw0rd!', role: 'consultant', note: 'can log in now' }],
    adminTokenRequired: false,
    storage: 'in memory (lost at exit)',
    clock: { now: '2026-11-24T03:30:00.000Z', speed: 0 },
    sampleConsumers: [{ fullName: 'Нурланова Әсел Қайратқызы', iin: '061211600012', phone: '+77011234567' }],
  });
  expect(banner).toContain('API        http://127.0.0.1:4010/api/v1');
  expect(banner).toContain('Reference  http://127.0.0.1:4010/docs');
  expect(banner).toContain('Admin      http://127.0.0.1:4011/__admin\n');
  expect(banner).toContain('Console    http://127.0.0.1:4011/__admin/ui   (in a browser:');
  expect(banner).toContain('2026-11-24T03:30:00.000Z (frozen;');
  expect(banner).toMatch(/mk\.aigerim\s+Passw0rd!\s+\(consultant\)\s+can log in now/);
  expect(banner).toContain('061211600012  +77011234567  Нурланова Әсел Қайратқызы');
});

it('says when the admin API needs a token, and where the DNS responder listens', () => {
  const banner = formatBanner({
    addresses: { ...addresses, dns: { host: '127.0.0.1', port: 5353, hostname: 'api.icontact.test' } },
    seed: 1,
    logins: [],
    adminTokenRequired: true,
    storage: '/data/icontact-mock.sqlite',
    clock: { now: '2026-11-24T03:30:00.000Z', speed: 1 },
  });
  expect(banner).toContain('(Authorization: Bearer <admin token>)');
  expect(banner).toContain('udp://127.0.0.1:5353 resolves api.icontact.test');
  expect(banner).toContain('/data/icontact-mock.sqlite');
});
