import { base, en, Faker, ru } from '@faker-js/faker';
import type { FaultEngine } from '@icontact/faults';
import type { VirtualClock } from '../clock/virtual-clock.js';
import type { IdempotencyKeys } from '../idempotency/idempotency-keys.js';
import type { MetricsRecorder } from '../metrics/request-metrics.js';
import type { RequestFinishedListener } from '../observe/request-finished.js';
import type { SpecRuntime } from '../spec/spec-runtime.js';
import type { IndexedStore } from '../store/indexed-store.js';
import type { UpstreamSettings } from '../upstreams/upstream-settings.js';
import type { BackendLogger } from './logger.js';

/** Everything an operation may use: the state, the clock, the upstreams, the faults. Internal. */
export interface BackendCore {
  /** The state, with the indexes of `STATE_INDEXES`. */
  readonly store: IndexedStore;
  readonly clock: VirtualClock;
  readonly faults: FaultEngine;
  readonly logger: BackendLogger;
  readonly spec: SpecRuntime;
  readonly idempotency: IdempotencyKeys;
  readonly metrics: MetricsRecorder;
  /** A seeded source in [0, 1) for SMS codes. */
  random: () => number;
  upstreams: UpstreamSettings;
  /** Told of each finished request (`BackendOptions.onRequestFinished`); absent: nobody listens. */
  readonly onRequestFinished?: RequestFinishedListener;
  readonly config: {
    readonly minimumAppVersion: string;
    readonly latestAppVersion: string;
    readonly bodyBytes: number;
    readonly syncBatch: number;
  };
}

/** A seeded source of numbers in [0, 1), for SMS codes; another stream than the seed data's. */
export function createSeededRandom(seed: number): () => number {
  const faker = new Faker({ locale: [ru, en, base] });
  faker.seed([seed, 0x5e5]);
  return () => faker.number.int({ min: 0, max: 999_999_999 }) / 1_000_000_000;
}
