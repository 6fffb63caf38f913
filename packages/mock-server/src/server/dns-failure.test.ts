import { Agent, fetch } from 'undici';
import { expect, it } from 'vitest';
import { createLookup } from '../dns/create-lookup.js';
import { closeMocksAfterEach, startMock, WEB_HEADERS } from '../test-support/start-mock.js';

closeMocksAfterEach();

async function startWithDns() {
  const started = await startMock({ dnsPort: 0 });
  const dns = started.addresses.dns;
  if (dns === undefined) throw new Error('the mock started no DNS responder');
  const dispatcher = new Agent({ connect: { lookup: createLookup(dns) } });
  const url = `http://${dns.hostname}:${new URL(started.addresses.url).port}/api/v1/app/version`;
  return { ...started, dispatcher, url };
}

it('resolves the mock hostname through its DNS responder and answers there', async () => {
  const { dispatcher, url } = await startWithDns();
  const response = await fetch(url, { headers: WEB_HEADERS, dispatcher });
  expect(response.status).toBe(200);
});

it('fails the resolution for real while a dns_failure fault holds: ENOTFOUND for nxdomain', async () => {
  const { server, dispatcher, url } = await startWithDns();
  server.backend.admin.addFault({ kind: 'dns_failure', answer: 'nxdomain', target: { times: 1 } });
  await expect(fetch(url, { headers: WEB_HEADERS, dispatcher })).rejects.toMatchObject({
    message: 'fetch failed',
    cause: { code: 'ENOTFOUND' },
  });
  expect(server.backend.admin.faultCounters().byKind.dns_failure).toBe(1);
  expect((await fetch(url, { headers: WEB_HEADERS, dispatcher })).status).toBe(200);
});

it('answers no address (ENODATA) for a nodata dns_failure', async () => {
  const { server, dispatcher, url } = await startWithDns();
  server.backend.admin.addFault({ kind: 'dns_failure', target: { times: 1 } });
  await expect(fetch(url, { headers: WEB_HEADERS, dispatcher })).rejects.toMatchObject({
    cause: { code: 'ENODATA' },
  });
});
