import type { FaultSpecInput } from '@icontact/faults';
import {
  type Backend,
  type CreatedTeam,
  createBackend,
  type EmailRecord,
  type SmsMessageRecord,
  type TeamInput,
} from '@icontact/mock-core';
import { type HttpHandler, http } from 'msw';
import { parseApiBase } from './api-base.js';
import { type ApiPath, apiRoute, apiUrl, type UrlArguments } from './api-url.js';
import { DEFAULT_BASE_URL, type HandlersOptions } from './handlers-options.js';
import {
  createMswClock,
  createMswFaults,
  createMswState,
  type MswClock,
  type MswFaults,
  type MswState,
} from './msw-control.js';
import { serveRequest } from './serve-request.js';

/** What {@link createHandlers} returns: the MSW handlers, and the handle a test drives them with. */
export interface IContactMsw {
  /**
   * The request handlers, one catch-all per base URL: pass them to `setupServer(...handlers)` (Node) or
   * `setupWorker(...handlers)` (browser). Each hands every request under its base URL to the backend.
   */
  readonly handlers: HttpHandler[];
  /** The first base URL the handlers answer: give it to the client as its `baseUrl`. */
  readonly baseUrl: string;
  /** The backend behind the handlers (the same core as the Fastify mock), for anything the handle lacks. */
  readonly backend: Backend;
  /**
   * Starts over, for `afterEach`: the clock back to its start and speed, the faults back to those of the
   * options (runtime ones removed, their counts and log cleared), the state seeded again — with `seed`,
   * or the seed of the options.
   */
  reset(seed?: number): void;
  /** The virtual clock every rule reads. */
  readonly clock: MswClock;
  /** Inject and inspect faults. */
  readonly faults: MswFaults;
  /** Read the backend's state. */
  readonly state: MswState;
  /**
   * Creates a supervisor and consultants, bound, each with a shift of their own open now (unless
   * `shift` says otherwise) — `mock.createTeam({ consultants: 3 })` — as `POST /__admin/team` does on the
   * mock server. Deterministic from the seed and the teams created since the last `reset()`.
   * @throws TeamSpecError naming every problem (a taken login, an unknown supervisor or project…); nothing is created then
   */
  createTeam(input: TeamInput): CreatedTeam;
  /** The password-reset emails the backend "sent", oldest first (each with its one-time token). */
  emails(): EmailRecord[];
  /** The SMS delivered, oldest first; only those to `phone` when given (`+7…` or `8…`). */
  smsInbox(phone?: string): SmsMessageRecord[];
  /**
   * The absolute URL of a contract path under {@link baseUrl}, e.g.
   * `url('/shifts/{shiftId}/sync', { shiftId })`, for a raw `fetch` in a test.
   */
  url<P extends ApiPath>(path: P, ...args: UrlArguments<P>): string;
  /**
   * The MSW pattern of a contract path under {@link baseUrl}, to override one operation:
   * `server.use(http.get(mock.route('/shifts/{shiftId}'), () => HttpResponse.json(...)))`.
   */
  route(path: ApiPath): string;
}

/**
 * Creates MSW handlers for the whole iContact API over the mock server's own backend core: the same
 * routing, validation, rules, idempotency and fault engine, in memory, in Node or in a browser.
 *
 * @example
 * ```ts
 * const mock = createHandlers({ clock: { start: '2026-11-24T03:30:00Z' } });
 * const server = setupServer(...mock.handlers);
 * beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
 * afterEach(() => { server.resetHandlers(); mock.reset(); });
 * afterAll(() => server.close());
 * ```
 * @throws TypeError for an invalid `baseUrl`; FaultSpecError for an invalid fault; RangeError for a bad clock option
 */
export function createHandlers(options: HandlersOptions = {}): IContactMsw {
  const given = options.baseUrl ?? DEFAULT_BASE_URL;
  const bases = [...new Set(typeof given === 'string' ? [given] : given)].map(parseApiBase);
  const [first] = bases;
  if (first === undefined) throw new TypeError('createHandlers: baseUrl lists no base URL');
  const seed = options.seed ?? 1;
  const speed = options.clock?.speed ?? 0;
  const faults: readonly FaultSpecInput[] = options.faults ?? [];

  const backend = createBackend({
    seed,
    clock: { ...(options.clock?.start === undefined ? {} : { start: options.clock.start }), speed },
    faults,
    ...(options.minimumAppVersion === undefined ? {} : { minimumAppVersion: options.minimumAppVersion }),
    ...(options.kompra === undefined ? {} : { kompra: options.kompra }),
    ...(options.smsGateway === undefined ? {} : { smsGateway: options.smsGateway }),
    ...(options.limits === undefined ? {} : { limits: options.limits }),
    ...(options.logger === undefined ? {} : { logger: options.logger }),
  });
  const { admin } = backend;
  const clockStart = admin.clock().now;

  const handlers = bases.map((base) =>
    http.all(base.pattern, ({ request }) => serveRequest(backend, base, request)),
  );

  return {
    handlers,
    baseUrl: first.url,
    backend,
    reset(nextSeed) {
      admin.clearFaults();
      for (const fault of faults) admin.addFault(fault);
      // The clock first: the seed plans today's shifts relative to it.
      admin.setClock(clockStart, speed);
      admin.reset(nextSeed ?? seed);
    },
    clock: createMswClock(admin),
    faults: createMswFaults(admin),
    state: createMswState(admin),
    createTeam: (input) => admin.createTeam(input),
    emails: () => admin.emails(),
    smsInbox: (phone) => admin.smsInbox(phone),
    url: (path, ...args) => apiUrl(first.url, path, ...args),
    route: (path) => apiRoute(first.url, path),
  };
}
