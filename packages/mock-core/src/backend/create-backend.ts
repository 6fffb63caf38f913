import { DEFAULT_MINIMUM_APP_VERSION } from '@icontact/domain';
import { createFaultEngine } from '@icontact/faults';
import openapi from '@icontact/openapi/openapi.json' with { type: 'json' };
import { type BackendAdmin, createBackendAdmin } from '../admin/backend-admin.js';
import { createVirtualClock, type VirtualClock } from '../clock/virtual-clock.js';
import type { BackendRequest, BackendResult } from '../http/backend-request.js';
import { createIdempotencyKeys } from '../idempotency/idempotency-keys.js';
import { createMetricsRecorder } from '../metrics/request-metrics.js';
import { OPERATIONS } from '../operations/operation-registry.js';
import { createRequestPipeline } from '../pipeline/handle-request.js';
import { describeSeed } from '../seed/describe-seed.js';
import { META_ID, seedState } from '../seed/seed-state.js';
import type { OpenApiDocument } from '../spec/openapi-document.js';
import { createSpecRuntime } from '../spec/spec-runtime.js';
import { COLLECTIONS, type MetaRecord } from '../state/records.js';
import { STATE_INDEXES } from '../state/state-indexes.js';
import { createIndexedStore } from '../store/indexed-store.js';
import { createMemoryStore } from '../store/memory-store.js';
import { applyUpstreamPatch, DEFAULT_UPSTREAM_SETTINGS } from '../upstreams/upstream-settings.js';
import { type BackendCore, createSeededRandom } from './backend-core.js';
import type { BackendOptions } from './backend-options.js';
import { silentLogger } from './logger.js';

/** The default newest app version `GET /app/version` publishes. */
export const DEFAULT_LATEST_APP_VERSION = '3.2.0';

/** The stateful iContact backend: one request in, one result out; admin methods beside. */
export interface Backend {
  /**
   * Serves one request. The result is a response to send as it is, or a wire fault for the adapter to
   * carry out (with the response it acts on, when there is one).
   */
  handle(request: BackendRequest): Promise<BackendResult>;
  /** The control surface for tests and QA (`/__admin`). */
  readonly admin: BackendAdmin;
  /**
   * The contract's operations as method and full path template (`/api/v1/shifts/{shiftId}`), for an
   * adapter that routes requests itself and hands the matched template over as `routed`.
   */
  readonly routes: readonly { readonly method: string; readonly path: string }[];
  /** The virtual clock every rule reads. */
  readonly clock: VirtualClock;
  /** Releases the store. */
  close(): void;
}

/**
 * Creates the backend. With a store that already holds a seeded state (a restart with a durable store)
 * it keeps that state; otherwise it seeds it from `seed`.
 *
 * @throws FaultSpecError when one of `faults` is invalid; RangeError for a bad clock or upstream option
 */
export function createBackend(options: BackendOptions = {}): Backend {
  let seed = options.seed ?? 1;
  const clock = createVirtualClock(options.clock);
  const store = createIndexedStore(options.store ?? createMemoryStore(), STATE_INDEXES);
  const document = options.spec ?? (openapi as unknown as OpenApiDocument);
  const core: BackendCore = {
    store,
    clock,
    faults: createFaultEngine({ seed, faults: options.faults ?? [], now: () => clock.now() }),
    logger: options.logger ?? silentLogger,
    spec: createSpecRuntime(document),
    idempotency: createIdempotencyKeys(store),
    metrics: createMetricsRecorder(),
    random: createSeededRandom(seed),
    ...(options.onRequestFinished === undefined ? {} : { onRequestFinished: options.onRequestFinished }),
    upstreams: applyUpstreamPatch(DEFAULT_UPSTREAM_SETTINGS, {
      ...(options.kompra === undefined ? {} : { kompra: options.kompra }),
      ...(options.smsGateway === undefined ? {} : { smsGateway: options.smsGateway }),
    }),
    config: {
      minimumAppVersion: options.minimumAppVersion ?? DEFAULT_MINIMUM_APP_VERSION,
      latestAppVersion: options.latestAppVersion ?? DEFAULT_LATEST_APP_VERSION,
      bodyBytes: options.limits?.bodyBytes ?? 1024 * 1024,
      syncBatch: options.limits?.syncBatch ?? 100,
    },
  };

  const existing = store.get<MetaRecord>(COLLECTIONS.meta, META_ID);
  if (existing) seed = existing.seed;
  else seedState(store, seed, clock.now());

  const reset = (nextSeed?: number): void => {
    seed = nextSeed ?? seed;
    store.clear();
    core.idempotency.clearInFlight();
    core.metrics.clear();
    core.faults.reset(seed);
    core.random = createSeededRandom(seed);
    seedState(store, seed, clock.now());
    core.logger.info({ seed, now: clock.now().toISOString() }, 'backend reset');
  };

  const pipeline = createRequestPipeline(core, OPERATIONS);
  return {
    handle: (request: BackendRequest): Promise<BackendResult> => pipeline.handle(request),
    routes: core.spec.router.templates,
    admin: createBackendAdmin(core, { reset, describeSeed: () => describeSeed(store, seed) }),
    clock,
    close: () => store.close(),
  };
}
