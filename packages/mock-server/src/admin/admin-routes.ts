import { constants } from 'node:buffer';
import { Code } from '@icontact/errors';
import { FaultSpecError, type FaultSpecInput } from '@icontact/faults';
import {
  type Backend,
  isInClockRange,
  type StoreSnapshot,
  type TeamInput,
  TeamSpecError,
  type UpstreamSettingsPatch,
  VIRTUAL_CLOCK_RANGE,
} from '@icontact/mock-core';
import type { FastifyInstance } from 'fastify';
import { registerConsoleApiRoutes, type ScenarioHolder } from '../console/console-api-routes.js';
import type { RequestLog } from '../console/request-log.js';
import { requireAdminToken } from './admin-auth.js';
import { readBody } from './admin-body.js';
import { sendAdminError } from './admin-error.js';
import {
  advanceClockBodySchema,
  advanceMs,
  reseedBodySchema,
  resetBodySchema,
  setClockBodySchema,
  snapshotBodySchema,
  teamBodySchema,
  upstreamsPatchSchema,
} from './admin-schemas.js';

/** Options of {@link registerAdminRoutes}. */
export interface AdminRoutesOptions {
  /** The backend the admin API controls. */
  readonly backend: Backend;
  /** A bearer token every admin request must carry. Default: none, the admin API is open. */
  readonly token?: string;
  /** Called after the faults changed (added, removed, cleared, reset), so a `refuse` outage applies at once. Default: nothing. */
  readonly onFaultsChanged?: () => void;
  /** Whether the API port accepts connections now, for `GET /health`. Default: unknown (`null`). */
  readonly apiPortOpen?: () => boolean;
  /** Where the API and its reference answer, for `GET /health` (the console links them). Default: not said. */
  readonly links?: () => { readonly apiUrl: string; readonly docsUrl: string };
  /** The log of finished requests, for the console (`GET /requests`, `/requests/stream`). Default: no such routes. */
  readonly requestLog?: RequestLog;
  /** The scenario in force, for `GET`/`POST /scenario`. Default: a holder of its own, empty. */
  readonly scenario?: ScenarioHolder;
  /** Told of each open live stream, with the function that ends it (on shutdown). Default: nothing. */
  readonly onStream?: (end: () => void) => () => void;
}

/** The state reads of `GET /state/{view}`. */
export const STATE_VIEWS = ['contacts', 'duplicates', 'sms-sent', 'users', 'shifts', 'sync-items'] as const;

/**
 * The largest body `PUT /snapshot` reads, in bytes: what the longest string Node can hold takes in UTF-8,
 * at most 3 bytes per UTF-16 unit — so every snapshot `GET /snapshot` wrote fits; above it, 413
 * `payload_too_large`.
 */
const SNAPSHOT_BODY_LIMIT = 3 * constants.MAX_STRING_LENGTH;
/**
 * The admin REST API (register it under `/__admin`): reset and reseed, teams of new accounts, the
 * virtual clock, faults, the simulated upstreams, captured emails and SMS, state reads, snapshot and
 * restore, metrics. Bodies are
 * JSON, validated; a refusal has the API's error body. Described by `admin-openapi.yaml`.
 */
export async function registerAdminRoutes(app: FastifyInstance, options: AdminRoutesOptions): Promise<void> {
  const { backend } = options;
  const faultsChanged = (): void => options.onFaultsChanged?.();

  // Every body is read as text and parsed here, so a bad body gets the API's codes, not Fastify's.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));
  if (options.token !== undefined) app.addHook('onRequest', requireAdminToken(options.token));

  app.get('/health', async () => ({
    status: 'ok',
    apiPortOpen: options.apiPortOpen?.() ?? null,
    now: backend.admin.clock().now,
    ...options.links?.(),
  }));

  // ── state ──
  app.post('/reset', async (request, reply) => {
    const body = await readBody(resetBodySchema, request, reply);
    if (body === undefined) return reply;
    backend.admin.reset(body.seed);
    faultsChanged();
    return reply.code(204).send();
  });
  app.post('/reseed', async (request, reply) => {
    const body = await readBody(reseedBodySchema, request, reply);
    if (body === undefined) return reply;
    backend.admin.reset(body.seed);
    faultsChanged();
    return reply.code(204).send();
  });
  app.get('/snapshot', async () => backend.admin.snapshot());
  // A snapshot is as large as the state it holds (seven seconds of load make 1.3 MB): Fastify's 1 MiB
  // default would refuse what `GET /snapshot` just gave. Any snapshot the mock produced fits this limit.
  app.put('/snapshot', { bodyLimit: SNAPSHOT_BODY_LIMIT }, async (request, reply) => {
    const body = await readBody(snapshotBodySchema, request, reply);
    if (body === undefined) return reply;
    backend.admin.restore(body as StoreSnapshot);
    return reply.code(204).send();
  });

  // ── accounts ──
  app.post('/team', async (request, reply) => {
    const body = await readBody(teamBodySchema, request, reply);
    if (body === undefined) return reply;
    try {
      // zod leaves absent keys out, so the parsed body has no `undefined` values.
      return reply.code(201).send(backend.admin.createTeam(body as TeamInput));
    } catch (error) {
      if (!(error instanceof TeamSpecError)) throw error;
      return sendAdminError(request, reply, error.code, {
        detail: `${error.message}\n${error.remedy}`,
        errors: error.issues,
      });
    }
  });

  // ── clock ──
  app.get('/clock', async () => backend.admin.clock());
  app.put('/clock', async (request, reply) => {
    const body = await readBody(setClockBodySchema, request, reply);
    if (body === undefined) return reply;
    if (body.now !== undefined) backend.admin.setClock(body.now, body.speed);
    else if (body.speed !== undefined) backend.clock.setSpeed(body.speed);
    faultsChanged();
    return backend.admin.clock();
  });
  app.post('/clock/advance', async (request, reply) => {
    const body = await readBody(advanceClockBodySchema, request, reply);
    if (body === undefined) return reply;
    const target = Date.parse(backend.admin.clock().now) + advanceMs(body);
    if (!isInClockRange(target)) {
      return sendAdminError(request, reply, Code.validation_failed, {
        detail: 'The advance would take the virtual clock out of its range: advance less.',
        errors: Object.keys(body).map((field) => ({
          field,
          code: 'out_of_range',
          message: `the clock would reach ${Number.isFinite(target) && Math.abs(target) <= 8.64e15 ? new Date(target).toISOString() : String(target)}; it stays from ${new Date(VIRTUAL_CLOCK_RANGE.earliest).toISOString()} to before ${new Date(VIRTUAL_CLOCK_RANGE.latest).toISOString()}`,
        })),
      });
    }
    const clock = backend.admin.advanceClock(advanceMs(body));
    faultsChanged();
    return clock;
  });

  // ── faults ──
  app.get('/faults', async () => backend.admin.faults());
  app.post('/faults', async (request, reply) => {
    let spec: unknown;
    try {
      spec =
        typeof request.body === 'string' && request.body.trim() !== '' ? JSON.parse(request.body) : undefined;
    } catch (error) {
      return sendAdminError(request, reply, Code.malformed_json, {
        detail: `The body is not JSON: ${(error as Error).message}`,
      });
    }
    try {
      const id = backend.admin.addFault(spec as FaultSpecInput);
      faultsChanged();
      return reply.code(201).send(backend.admin.faults().find((fault) => fault.id === id));
    } catch (error) {
      if (!(error instanceof FaultSpecError)) throw error;
      return sendAdminError(request, reply, error.code, {
        detail: `${error.message}\n${error.remedy}`,
        errors: error.issues.map((issue) => ({
          field: issue.path.map(String).join('.') || '(root)',
          code: Code.validation_failed,
          message: issue.message,
        })),
      });
    }
  });
  app.delete('/faults', async (_request, reply) => {
    backend.admin.clearFaults();
    faultsChanged();
    return reply.code(204).send();
  });
  app.delete<{ Params: { id: string } }>('/faults/:id', async (request, reply) => {
    if (!backend.admin.removeFault(request.params.id)) {
      return sendAdminError(request, reply, Code.not_found, {
        detail: `No fault with id "${request.params.id}": GET /__admin/faults lists them.`,
      });
    }
    faultsChanged();
    return reply.code(204).send();
  });
  app.get('/faults/log', async () => backend.admin.faultLog());
  app.get('/faults/counters', async () => backend.admin.faultCounters());

  // ── upstreams ──
  app.get('/upstreams', async () => backend.admin.upstreams());
  app.patch('/upstreams', async (request, reply) => {
    const body = await readBody(upstreamsPatchSchema, request, reply);
    if (body === undefined) return reply;
    // zod leaves absent keys out, so the parsed body is a patch without `undefined` values.
    return backend.admin.setUpstreams(body as UpstreamSettingsPatch);
  });

  // ── captured messages and state ──
  app.get('/emails', async () => backend.admin.emails());
  app.get<{ Querystring: { phone?: string } }>('/sms', async (request) =>
    backend.admin.smsInbox(request.query.phone),
  );
  app.get<{ Params: { view: string }; Querystring: { shiftId?: string } }>(
    '/state/:view',
    async (request, reply) => {
      const view = STATE_VIEWS.find((known) => known === request.params.view);
      if (view === undefined) {
        return sendAdminError(request, reply, Code.not_found, {
          detail: `No state view "${request.params.view}": use one of ${STATE_VIEWS.join(', ')}.`,
        });
      }
      switch (view) {
        case 'contacts':
          return backend.admin.contacts(
            request.query.shiftId === undefined ? {} : { shiftId: request.query.shiftId },
          );
        case 'duplicates':
          return { duplicatesRefused: backend.admin.duplicatesRefused() };
        case 'sms-sent':
          return backend.admin.smsSent();
        case 'users':
          return backend.admin.users();
        case 'shifts':
          return backend.admin.shifts();
        case 'sync-items':
          return backend.admin.syncItems(
            request.query.shiftId === undefined ? {} : { shiftId: request.query.shiftId },
          );
      }
    },
  );

  app.get('/metrics', async () => backend.admin.metrics());

  if (options.requestLog !== undefined) {
    registerConsoleApiRoutes(app, {
      backend,
      requestLog: options.requestLog,
      scenario: options.scenario ?? { current: undefined },
      onFaultsChanged: faultsChanged,
      ...(options.onStream === undefined ? {} : { onStream: options.onStream }),
    });
  }
}
