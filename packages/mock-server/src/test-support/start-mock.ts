import { afterEach } from 'vitest';
import { createMockServer, type MockServer, type MockServerAddresses } from '../server/create-mock-server.js';
import type { MockServerOptions } from '../server/mock-server-options.js';

/** A mock listening on free loopback ports, and where it answers. */
export interface StartedMock {
  readonly server: MockServer;
  readonly addresses: MockServerAddresses;
}

const started: MockServer[] = [];

/** Closes every mock a test started, after each test. Call once at the top of a test file. */
export function closeMocksAfterEach(): void {
  afterEach(async () => {
    await Promise.all(started.splice(0).map((server) => server.close(100)));
  });
}

/** What tests start with unless they say otherwise: free ports, silent logs, a frozen clock at 08:30 in Almaty. */
export const TEST_DEFAULTS: MockServerOptions = {
  port: 0,
  logLevel: 'silent',
  clockStart: '2026-11-24T03:30:00Z',
  clockSpeed: 0,
  refuseCheckIntervalMs: 20,
};

/** Starts a mock with `options` over `defaults`, closed after the test. */
export async function startMock(
  options: MockServerOptions = {},
  defaults: MockServerOptions = TEST_DEFAULTS,
): Promise<StartedMock> {
  const server = await createMockServer({ ...defaults, ...options });
  started.push(server);
  const addresses = await server.listen();
  return { server, addresses };
}

/** The headers every API request carries: a web client on a current app (public operations accept it). */
export const WEB_HEADERS = { 'x-client-kind': 'web', 'x-app-version': '3.2.0' } as const;

/** The headers of the consultants' tablet app. */
export const TABLET_HEADERS = { 'x-client-kind': 'tablet', 'x-app-version': '3.2.0' } as const;
