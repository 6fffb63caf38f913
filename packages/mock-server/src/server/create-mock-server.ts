import { isIPv4 } from 'node:net';
import { join } from 'node:path';
import type { FaultSpecInput, Scenario } from '@icontact/faults';
import { loadScenarioFile } from '@icontact/faults/node';
import { type Backend, createBackend } from '@icontact/mock-core';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import { registerAdminRoutes } from '../admin/admin-routes.js';
import type { ScenarioHolder } from '../console/console-api-routes.js';
import { registerConsolePageRoutes } from '../console/console-page-routes.js';
import { createRequestLog, type RequestLog } from '../console/request-log.js';
import { createDnsResponder, type DnsResponder } from '../dns/dns-responder.js';
import { createSqliteStore } from '../store/sqlite-store.js';
import { API_PREFIX, registerApiRoute } from './api-route.js';
import { createClientErrorHandler, frameworkErrors } from './client-errors.js';
import { registerDocsRoutes } from './docs-routes.js';
import { installErrorHandlers } from './error-handlers.js';
import { createFrontListener, type FrontListener } from './front-listener.js';
import {
  applyListenerTimeouts,
  LISTENER_TIMEOUT_DEFAULTS,
  type ListenerTimeouts,
} from './listener-timeouts.js';
import { MOCK_SERVER_DEFAULTS, type MockServerOptions } from './mock-server-options.js';
import { type PortOutageWatch, watchPortOutage } from './port-outage-watch.js';
import { REQUEST_ID_HEADER, requestIdOf } from './request-id.js';
import { childLoggerWhenLogging } from './request-log.js';

/** The prefix of the admin API, on the API port and on the admin port. */
export const ADMIN_PREFIX = '/__admin';

/** The name of the SQLite file in a data directory. */
export const DATA_FILE = 'icontact-mock.sqlite';

/** Where a listening mock answers. */
export interface MockServerAddresses {
  /** The API port's origin, e.g. `http://127.0.0.1:4010`. */
  readonly url: string;
  /** The API's base URL: {@link url} + `/api/v1`. */
  readonly apiUrl: string;
  /** The rendered API reference. */
  readonly docsUrl: string;
  /** The admin API on the admin port, or on the API port when there is no admin port. */
  readonly adminUrl: string;
  /** The fault console, a page for a browser: {@link adminUrl} + `/ui`. */
  readonly consoleUrl: string;
  /** The DNS responder, when one runs: its UDP address and the name it resolves. */
  readonly dns?: { readonly host: string; readonly port: number; readonly hostname: string };
}

/** A mock server: the core behind Fastify, its ports, its DNS responder. */
export interface MockServer {
  /** The Fastify app of the API port (API, `/docs`, `/openapi.json`, `/__admin`). */
  readonly app: FastifyInstance;
  /** The Fastify app of the admin port, when there is one (`/__admin` only). */
  readonly adminApp: FastifyInstance | undefined;
  /** The backend: state, clock, faults, admin operations. */
  readonly backend: Backend;
  /** The DNS responder, once listening, when `dnsPort` was given. */
  readonly dns: DnsResponder | undefined;
  /** The scenario in force: loaded at start, or later through `POST /__admin/scenario`. */
  readonly scenario: Scenario | undefined;
  /** The latest finished requests, which the console's live log shows. */
  readonly requestLog: RequestLog;
  /** Opens the ports (and the DNS responder) and returns where the mock answers. */
  listen(): Promise<MockServerAddresses>;
  /**
   * Shuts down gracefully: stops accepting, closes idle connections, lets requests under way finish (at
   * most `drainMs`, default 5000), then closes the connections left, the DNS responder and the store.
   * Safe to call twice.
   */
  close(drainMs?: number): Promise<void>;
  /** The API port's origin (see {@link MockServerAddresses.url}); valid once listening. */
  readonly url: string;
  /** The admin API's URL; valid once listening. */
  readonly adminUrl: string;
  /** Whether the API port accepts connections now (`false` while a `refuse` fault holds). */
  readonly apiPortOpen: boolean;
}

/** Default of {@link MockServer.close}'s drain. */
const DEFAULT_DRAIN_MS = 5000;

function hostForUrl(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

/**
 * Creates the mock server: loads the scenario, opens the store, builds the backend and both Fastify
 * apps. Nothing listens until {@link MockServer.listen}.
 */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: the composition root: options and scenario defaults resolved in one place, in the order they apply
export async function createMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const host = options.host ?? MOCK_SERVER_DEFAULTS.host;
  const port = options.port ?? MOCK_SERVER_DEFAULTS.port;
  const adminPortOption = options.adminPort ?? (port === 0 ? 0 : port + 1);
  const scenario =
    options.scenarioFile === undefined ? undefined : await loadScenarioFile(options.scenarioFile);
  const seed = options.seed ?? scenario?.seed ?? MOCK_SERVER_DEFAULTS.seed;
  const clockStart = options.clockStart ?? scenario?.clock?.start;
  const clockSpeed = options.clockSpeed ?? scenario?.clock?.speed;
  const faults: FaultSpecInput[] = [...(scenario?.faults ?? []), ...(options.faults ?? [])];
  const store =
    options.store ??
    (options.dataDir === undefined
      ? undefined
      : createSqliteStore({ file: join(options.dataDir, DATA_FILE) }));

  const requestLog = createRequestLog(options.requestLogSize);
  const scenarioHolder: ScenarioHolder = { current: scenario };
  const streams = new Set<() => void>();

  const timeouts: ListenerTimeouts = {
    headersTimeoutMs: options.headersTimeoutMs ?? LISTENER_TIMEOUT_DEFAULTS.headersTimeoutMs,
    requestTimeoutMs: options.requestTimeoutMs ?? LISTENER_TIMEOUT_DEFAULTS.requestTimeoutMs,
    keepAliveTimeoutMs: options.keepAliveTimeoutMs ?? LISTENER_TIMEOUT_DEFAULTS.keepAliveTimeoutMs,
  };

  const app: FastifyInstance = Fastify({
    clientErrorHandler: createClientErrorHandler(() => app.log),
    frameworkErrors,
    logger: {
      level: options.logLevel ?? MOCK_SERVER_DEFAULTS.logLevel,
      ...(options.logStream === undefined ? {} : { stream: options.logStream }),
    },
    genReqId: requestIdOf,
    requestIdHeader: false,
    logController: new LogController({ requestIdLogLabel: 'requestId' }),
    childLoggerFactory: childLoggerWhenLogging,
    // Above the core's own limit, so that the core answers 413 with its code and message.
    bodyLimit: 16 * 1024 * 1024,
    return503OnClosing: false,
  });

  const backend = createBackend({
    seed,
    clock: {
      ...(clockStart === undefined ? {} : { start: clockStart }),
      ...(clockSpeed === undefined ? {} : { speed: clockSpeed }),
    },
    ...(store === undefined ? {} : { store }),
    faults,
    ...minimumAppVersionOf(options),
    logger: app.log.child({ component: 'core' }),
    onRequestFinished: (event) => requestLog.add(event),
  });

  const adminApp =
    adminPortOption === false
      ? undefined
      : Fastify({
          clientErrorHandler: createClientErrorHandler(() => app.log.child({ port: 'admin' })),
          frameworkErrors,
          loggerInstance: app.log.child({ port: 'admin' }),
          genReqId: requestIdOf,
          requestIdHeader: false,
          logController: new LogController({ requestIdLogLabel: 'requestId' }),
          childLoggerFactory: childLoggerWhenLogging,
          return503OnClosing: false,
        });

  let apiListener: FrontListener | undefined;
  let adminListener: FrontListener | undefined;
  let dns: DnsResponder | undefined;
  let outageWatch: PortOutageWatch | undefined;
  let closing: Promise<void> | undefined;

  for (const instance of [app, adminApp]) {
    if (instance === undefined) continue;
    instance.addHook('onRequest', async (request, reply) => {
      reply.header(REQUEST_ID_HEADER, request.id);
    });
    installErrorHandlers(instance);
    await instance.register(
      async (admin) =>
        registerAdminRoutes(admin, {
          backend,
          ...(options.adminToken === undefined ? {} : { token: options.adminToken }),
          onFaultsChanged: () => void outageWatch?.check(),
          apiPortOpen: () => apiListener?.isOpen ?? false,
          links: () => {
            const where = addresses();
            return { apiUrl: where.apiUrl, docsUrl: where.docsUrl };
          },
          requestLog,
          scenario: scenarioHolder,
          onStream: (end) => {
            streams.add(end);
            return () => streams.delete(end);
          },
        }),
      { prefix: ADMIN_PREFIX },
    );
    await instance.register(registerConsolePageRoutes, { prefix: ADMIN_PREFIX });
  }
  await registerApiRoute(app, { backend });
  await registerDocsRoutes(app, { consoleUrl: () => addresses().consoleUrl });

  const addresses = (): MockServerAddresses => {
    const origin = `http://${hostForUrl(host)}:${apiListener?.port ?? port}`;
    const adminOrigin =
      adminListener === undefined ? origin : `http://${hostForUrl(host)}:${adminListener.port}`;
    return {
      url: origin,
      apiUrl: `${origin}${API_PREFIX}`,
      docsUrl: `${origin}/docs`,
      adminUrl: `${adminOrigin}${ADMIN_PREFIX}`,
      consoleUrl: `${adminOrigin}${ADMIN_PREFIX}/ui`,
      ...(dns === undefined ? {} : { dns: { host: dns.host, port: dns.port, hostname: dns.hostname } }),
    };
  };

  return {
    app,
    adminApp,
    backend,
    requestLog,
    get scenario() {
      return scenarioHolder.current;
    },
    get dns() {
      return dns;
    },
    get url() {
      return addresses().url;
    },
    get adminUrl() {
      return addresses().adminUrl;
    },
    get apiPortOpen() {
      return apiListener?.isOpen ?? false;
    },

    async listen() {
      await app.ready();
      applyListenerTimeouts(app.server, timeouts);
      apiListener = createFrontListener({
        httpServer: app.server,
        host,
        port,
        rejectConnection: () => backend.admin.connection('connect') !== null,
      });
      if (adminApp !== undefined && adminPortOption !== false) {
        await adminApp.ready();
        applyListenerTimeouts(adminApp.server, timeouts);
        adminListener = createFrontListener({ httpServer: adminApp.server, host, port: adminPortOption });
        await adminListener.open();
      }
      await apiListener.open();
      if (options.dnsPort !== undefined) {
        dns = await createDnsResponder({
          hostname: options.hostname ?? MOCK_SERVER_DEFAULTS.hostname,
          // An A record holds IPv4: a mock bound to an IPv6 address is announced as 127.0.0.1.
          address: isIPv4(host) && host !== '0.0.0.0' ? host : '127.0.0.1',
          host,
          port: options.dnsPort,
          failure: () => {
            const decision = backend.admin.connection('dns');
            return decision?.action.kind === 'dns_failure' ? decision.action.answer : undefined;
          },
          onQuery: (query) => app.log.debug({ dns: query }, 'DNS query answered'),
        });
      }
      outageWatch = watchPortOutage({
        listener: apiListener,
        backend,
        log: app.log,
        intervalMs: options.refuseCheckIntervalMs ?? MOCK_SERVER_DEFAULTS.refuseCheckIntervalMs,
      });
      await outageWatch.check();
      const where = addresses();
      app.log.info(where, 'iContact mock listening');
      return where;
    },

    close(drainMs = DEFAULT_DRAIN_MS) {
      closing ??= (async () => {
        outageWatch?.stop();
        for (const end of [...streams]) end();
        const listeners = [apiListener, adminListener].filter((listener) => listener !== undefined);
        await Promise.all(listeners.map((listener) => listener.drain(drainMs)));
        await dns?.close();
        await adminApp?.close();
        await app.close();
        backend.close();
      })();
      return closing;
    },
  };
}

/** The option `minimumAppVersion`, else its deprecated spelling `minAppVersion`; `{}` when neither is set. */
function minimumAppVersionOf(options: MockServerOptions): { minimumAppVersion?: string } {
  const minimumAppVersion = options.minimumAppVersion ?? options.minAppVersion;
  return minimumAppVersion === undefined ? {} : { minimumAppVersion };
}
