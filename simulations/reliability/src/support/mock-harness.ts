import { createMockServer, type MockServer, type MockServerOptions } from '@icontact/mock-server';
import { type AdminClient, createAdminClient } from './admin-client.js';
import { type ApiRequest, createApiClient } from './api-client.js';
import { fieldOf, type HttpAnswer } from './http-answer.js';

/**
 * Where the seed's clock starts in every suite: 09:30 in Almaty. mk.aset's shift starts now, mk.aigerim's
 * in 10 minutes (both inside their login window), mk.olga's in 2 hours (outside it).
 */
export const CLOCK_START = '2026-11-24T04:30:00.000Z';

/** The password of every seeded account (docs/mock-server.md, "Seeded users"). */
export const SEED_PASSWORD = 'Passw0rd!';

/** A mock listening on free loopback ports, with clients of its API and admin API. */
export interface RunningMock {
  readonly server: MockServer;
  readonly apiUrl: string;
  readonly adminUrl: string;
  readonly admin: AdminClient;
  /** A raw request to the API, as the tablet sends it. */
  api(request: ApiRequest): Promise<HttpAnswer>;
  /** Logs `login` in (tablet, seed password) and returns the access token; throws unless 200. */
  login(login: string, clientKind?: string): Promise<string>;
  close(): Promise<void>;
}

/** The options every suite starts the mock with: free ports, silent, a frozen clock at {@link CLOCK_START}. */
export const SUITE_MOCK_OPTIONS = {
  port: 0,
  logLevel: 'silent',
  clockStart: CLOCK_START,
  clockSpeed: 0,
  refuseCheckIntervalMs: 20,
} as const satisfies MockServerOptions;

/** Starts the mock server in this process on free loopback ports. */
export async function startMock(options: MockServerOptions = {}): Promise<RunningMock> {
  const server = await createMockServer({ ...SUITE_MOCK_OPTIONS, ...options });
  const addresses = await server.listen();
  return wrapMock(server, addresses.apiUrl, addresses.adminUrl);
}

/** Wraps a listening mock with its clients. */
export function wrapMock(server: MockServer, apiUrl: string, adminUrl: string): RunningMock {
  const api = createApiClient(apiUrl);
  return {
    server,
    apiUrl,
    adminUrl,
    admin: createAdminClient(adminUrl),
    api,
    async login(login, clientKind = 'tablet') {
      const answer = await api({
        method: 'POST',
        path: '/auth/token',
        json: { login, password: SEED_PASSWORD },
        headers: { 'x-client-kind': clientKind },
      });
      const access = fieldOf(answer.body, 'access');
      if (answer.status !== 200 || typeof access !== 'string') {
        throw new Error(`login of ${login} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
      }
      return access;
    },
    close: () => server.close(100),
  };
}
