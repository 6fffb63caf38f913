import type { FaultSpecInput } from '@icontact/faults';
import type { Store } from '@icontact/mock-core';

/** Levels of the server's pino logger, or `silent`. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
/** A level of the server's pino logger. */
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Options of {@link createMockServer}. Every one has a default: `createMockServer()` starts a usable mock. */
export interface MockServerOptions {
  /** The API port; `0` picks a free one (read {@link MockServer.url} after `listen`). Default: `4010`. */
  readonly port?: number;
  /** The address both ports bind to. Default: `127.0.0.1` (loopback only). */
  readonly host?: string;
  /**
   * The admin port: the admin API stays reachable there while a `refuse` fault closes the API port.
   * `0` picks a free one; `false` opens none (the admin API is then only under `/__admin` on the API port).
   * Default: {@link port} + 1, or a free port when {@link port} is `0`.
   */
  readonly adminPort?: number | false;
  /** The seed of the seed data and of every fault's random draws. Default: `1`. */
  readonly seed?: number;
  /** A scenario file (YAML or JSON) of `@icontact/faults`, loaded at start: its faults, seed and clock. Default: none. */
  readonly scenarioFile?: string;
  /** Faults registered at start, after the scenario's. Default: none. */
  readonly faults?: readonly FaultSpecInput[];
  /**
   * A folder for the state: an SQLite file there keeps every acknowledged write across a restart or a
   * crash. Default: none, the state lives in memory.
   */
  readonly dataDir?: string;
  /** A store to use instead of the memory or SQLite one (tests). Default: per {@link dataDir}. */
  readonly store?: Store;
  /** The virtual clock's start, ISO 8601. Default: the scenario's, else the core's (today 08:30 in Almaty). */
  readonly clockStart?: string;
  /** Virtual milliseconds per real millisecond; `0` freezes the clock. Default: the scenario's, else `1`. */
  readonly clockSpeed?: number;
  /**
   * A bearer token that closes the admin API: without `Authorization: Bearer <token>` it answers 401
   * `authentication_required`. Default: none, the admin API is open.
   */
  readonly adminToken?: string;
  /**
   * The minimum app version tablets must run (`MAJOR.MINOR.PATCH`; `GET /app/version`'s
   * `minimumVersion`). Default: the core's (`3.0.0`).
   */
  readonly minimumAppVersion?: string;
  /** @deprecated Use {@link MockServerOptions.minimumAppVersion}; read only when that is absent. */
  readonly minAppVersion?: string;
  /** The pino log level. Default: `info`. */
  readonly logLevel?: LogLevel;
  /** Where the JSON log lines are written. Default: standard output. */
  readonly logStream?: NodeJS.WritableStream;
  /**
   * The UDP port of the DNS responder that resolves {@link hostname}; `0` picks a free one. Default: none,
   * no DNS responder.
   */
  readonly dnsPort?: number;
  /** The name the DNS responder resolves to {@link host}. Default: `api.icontact.test`. */
  readonly hostname?: string;
  /**
   * Milliseconds a client has to send a request's headers (from its connection's first byte, or from the
   * previous answer on a keep-alive connection); slower → 408 `request_timeout` and the connection closed.
   * Default: `10000`.
   */
  readonly headersTimeoutMs?: number;
  /**
   * Milliseconds a client has to send a whole request, headers and body; at least {@link headersTimeoutMs}.
   * Slower → 408 `request_timeout` and the connection closed. Default: `30000`.
   */
  readonly requestTimeoutMs?: number;
  /** Milliseconds an idle keep-alive connection stays open after an answer. Default: `72000` (Fastify's). */
  readonly keepAliveTimeoutMs?: number;
  /** How often (real milliseconds) the API port checks whether a `refuse` fault began or ended. Default: `100`. */
  readonly refuseCheckIntervalMs?: number;
  /** How many finished requests the console's live log keeps (the oldest go first). Default: `500`. */
  readonly requestLogSize?: number;
}

/** The defaults of {@link MockServerOptions}. */
export const MOCK_SERVER_DEFAULTS = {
  port: 4010,
  host: '127.0.0.1',
  seed: 1,
  logLevel: 'info',
  hostname: 'api.icontact.test',
  refuseCheckIntervalMs: 100,
} as const satisfies Partial<MockServerOptions>;
