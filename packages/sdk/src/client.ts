import type { paths } from '@icontact/openapi';
import createFetchClient, { type Client, type Middleware } from 'openapi-fetch';
import { Session } from './auth/session.js';
import { createMemoryTokenStore, type TokenStore } from './auth/token-store.js';
import { RegistrationStore } from './contacts/registration-store.js';
import type { Logger, RequestEventListener } from './core/events.js';
import {
  type RetryOptions,
  resolveRetryOptions,
  resolveTimeoutOptions,
  type TimeoutOptions,
} from './core/retry-options.js';
import type { SdkContext } from './internal/sdk-context.js';
import { createSdkMiddleware } from './internal/sdk-middleware.js';
import { createResilientFetch } from './internal/transport/resilient-fetch.js';
import type { FetchLike } from './internal/transport/send-attempt.js';
import { unwrap } from './internal/unwrap.js';
import { Outbox } from './outbox/outbox.js';
import { AppResource } from './resources/app.js';
import { AuthResource } from './resources/auth.js';
import { overridesMiddleware, type RequestOptions } from './resources/call-options.js';
import { ContactsResource } from './resources/contacts.js';
import { ProjectsResource } from './resources/projects.js';
import { ShiftsResource } from './resources/shifts.js';
import { SmsResource } from './resources/sms.js';
import { SupervisorResource } from './resources/supervisor.js';
import { SyncResource } from './resources/sync.js';
import { createMemoryStorage } from './storage/memory-storage.js';
import type { Storage } from './storage/storage.js';
import type { ClientKind } from './types.js';

/** Options of {@link createClient}. */
export interface ClientOptions {
  /** The API's base URL, with its base path, e.g. `https://icontact.kz/api/v1` or the mock's `url + '/api/v1'`. */
  readonly baseUrl: string;
  /** The app's version, sent as `X-App-Version` (`MAJOR.MINOR.PATCH`); a tablet below the minimum is refused (426). */
  readonly appVersion: string;
  /** The kind of client, sent as `X-Client-Kind`; consultants are served only on `tablet` (R1). */
  readonly clientKind: ClientKind;
  /** The `fetch` to send requests with. Default: `globalThis.fetch`. */
  readonly fetch?: FetchLike;
  /** Where the outbox keeps finished contacts, and registrations in progress keep their state. Default: `createMemoryStorage()` (lost on restart: pass a durable one in the app). */
  readonly storage?: Storage;
  /** Where the session's tokens live. Default: `createMemoryTokenStore()`. */
  readonly tokenStore?: TokenStore;
  /** Per-attempt time limits. Default: `{ requestMs: 30000 }`. */
  readonly timeouts?: TimeoutOptions;
  /** Retries, backoff, `Retry-After` cap and follow-up limit. Default: see {@link RetryOptions} (3 retries, 250 ms–8 s full jitter, 30 s cap, 20 follow-ups). */
  readonly retry?: RetryOptions;
  /** Receives a line for each request event. Default: none. */
  readonly logger?: Logger;
  /** Receives every request event (`request:start`, `request:retry`, `request:end`, `request:fail`). Default: none. */
  readonly onEvent?: RequestEventListener;
  /** Refresh the access token this long before it expires, in ms. Default `60000`. */
  readonly refreshLeewayMs?: number;
  /** Most contacts per sync batch (the server takes at most 100). Default `100`. */
  readonly syncBatchSize?: number;
  /** The clock, epoch ms (for token expiry and record times). Default `Date.now`. */
  readonly now?: () => number;
}

/** The iContact client: resources over the typed openapi-fetch client. */
export interface IContactClient {
  /** Login, logout, the current user, password reset. */
  readonly auth: AuthResource;
  /** The supported app versions. */
  readonly app: AppResource;
  /** Client projects and their activity types. */
  readonly projects: ProjectsResource;
  /** The consultant's shifts; `close` runs the final sync first. */
  readonly shifts: ShiftsResource;
  /** Contact registration (`begin` → a forward-only `ContactRegistration`; `resume` after a restart). */
  readonly contacts: ContactsResource;
  /** The SMS quota of a number. */
  readonly sms: SmsResource;
  /** Upload of the outbox, the final sync. */
  readonly sync: SyncResource;
  /** The supervisor's panel. */
  readonly supervisor: SupervisorResource;
  /** The outbox itself (read-only use is the norm: `sync` drives it). */
  readonly outbox: Outbox;
  /**
   * The typed openapi-fetch client, with the same headers, session, retries and timeouts, for anything
   * else. It answers as openapi-fetch does — `{ data }` or `{ error, response }`, the error being the
   * answer's plain body — and throws only transport failures (`ConnectionError`, `RequestAbortedError`).
   */
  readonly raw: Client<paths>;
  /**
   * A client that shares this one's session, outbox and transport, with other defaults for every
   * call (`timeout`, `maxRetries`, `headers`); a call's own options still win.
   *
   * @example
   * ```ts
   * const patient = client.withOptions({ timeout: 120_000, maxRetries: 0 });
   * await patient.sync.push(shiftId);
   * ```
   */
  withOptions(options: RequestOptions): IContactClient;
}

/**
 * Creates the iContact client.
 *
 * @example
 * ```ts
 * const client = createClient({ baseUrl: 'https://icontact.kz/api/v1', appVersion: '3.2.0', clientKind: 'tablet' });
 * await client.auth.login({ login: ' Aset.K ', password: 'secret-pass' }); // sent as "aset.k"
 * ```
 */
export function createClient(options: ClientOptions): IContactClient {
  const now = options.now ?? Date.now;
  const tokenStore = options.tokenStore ?? createMemoryTokenStore();
  const baseFetch: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const retry = resolveRetryOptions(options.retry);
  const timeouts = resolveTimeoutOptions(options.timeouts);
  const stamp = createSdkMiddleware({ appVersion: options.appVersion, clientKind: options.clientKind });

  // The session refreshes through a client of its own that never authenticates (no refresh loop).
  const refreshClient = createFetchClient<paths>({
    baseUrl: options.baseUrl,
    fetch: createResilientFetch({ fetch: baseFetch, retry, timeouts, now, ...observers(options) }),
  });
  refreshClient.use(stamp);
  const session = new Session({
    store: tokenStore,
    refresh: (refresh) => unwrap(refreshClient.POST('/auth/token/refresh', { body: { refresh } })),
    refreshLeewayMs: options.refreshLeewayMs ?? 60_000,
    now,
  });

  const transport = createResilientFetch({
    fetch: baseFetch,
    retry,
    timeouts,
    now,
    authenticator: session,
    ...observers(options),
  });
  /** A typed client over the one transport; a derived client's defaults ride on a middleware of its own. */
  const rawClient = (defaults: RequestOptions): Client<paths> => {
    const raw = createFetchClient<paths>({ baseUrl: options.baseUrl, fetch: transport });
    raw.use(stamp);
    const withDefaults = defaultsMiddleware(defaults);
    if (withDefaults !== undefined) raw.use(withDefaults);
    return raw;
  };

  const build = (context: SdkContext, defaults: RequestOptions): IContactClient => {
    const sync = new SyncResource(context);
    return {
      auth: new AuthResource(context),
      app: new AppResource(context, options.appVersion),
      projects: new ProjectsResource(context),
      shifts: new ShiftsResource(context, sync),
      contacts: new ContactsResource(context),
      sms: new SmsResource(context),
      sync,
      supervisor: new SupervisorResource(context),
      outbox: context.outbox,
      raw: context.raw,
      withOptions(more) {
        const merged: RequestOptions = {
          ...defaults,
          ...more,
          headers: { ...defaults.headers, ...more.headers },
        };
        return build({ ...context, raw: rawClient(merged) }, merged);
      },
    };
  };
  const storage = options.storage ?? createMemoryStorage();
  const outbox = new Outbox(storage, { now: () => new Date(now()) });
  return build(
    {
      raw: rawClient({}),
      outbox,
      registrations: new RegistrationStore(storage, outbox),
      session,
      tokenStore,
      now,
      syncBatchSize: Math.min(100, Math.max(1, options.syncBatchSize ?? 100)),
    },
    {},
  );
}

/** The middleware of a derived client's defaults: its headers where the call set none, its overrides. */
function defaultsMiddleware(defaults: RequestOptions): Middleware | undefined {
  const overrides = overridesMiddleware(defaults);
  const headers = Object.entries(defaults.headers ?? {});
  if (overrides === undefined && headers.length === 0) return undefined;
  return {
    onRequest(parameters) {
      for (const [name, value] of headers) {
        if (!parameters.request.headers.has(name)) parameters.request.headers.set(name, value);
      }
      return overrides?.onRequest?.(parameters);
    },
  };
}

function observers(options: ClientOptions): { onEvent?: RequestEventListener; logger?: Logger } {
  return {
    ...(options.onEvent === undefined ? {} : { onEvent: options.onEvent }),
    ...(options.logger === undefined ? {} : { logger: options.logger }),
  };
}
