import type { FaultSpecInput } from '@icontact/faults';
import type { ClockOptions } from '../clock/virtual-clock.js';
import type { RequestFinishedListener } from '../observe/request-finished.js';
import type { OpenApiDocument } from '../spec/openapi-document.js';
import type { Store } from '../store/store.js';
import type { KompraSettings, SmsGatewaySettings } from '../upstreams/upstream-settings.js';
import type { BackendLogger } from './logger.js';

/** Request size limits. */
export interface BackendLimits {
  /** The largest request body, in bytes (UTF-8); larger → `payload_too_large` (413). Default: 1 MiB. */
  readonly bodyBytes?: number;
  /** The most items in one sync batch; more → `sync_batch_too_large` (413). Default: 100. */
  readonly syncBatch?: number;
}

/** Options of {@link createBackend}. Every one has a default. */
export interface BackendOptions {
  /** The seed of the seed data, the SMS codes and the fault engine's draws: a safe integer. Default: `1`. */
  readonly seed?: number;
  /** The virtual clock. Default: starts today 08:30 Asia/Almaty and follows real time (speed 1). */
  readonly clock?: ClockOptions;
  /**
   * Where the state lives. Default: a fresh memory store. A store that already holds a seeded state
   * (a restart with a durable store) is used as it is, not seeded again.
   */
  readonly store?: Store;
  /** Faults registered from the start (see `@icontact/faults`). Default: none. */
  readonly faults?: readonly FaultSpecInput[];
  /** The oldest app version served to tablets (`GET /app/version`'s `minimumVersion`). Default: `'3.0.0'`. */
  readonly minimumAppVersion?: string;
  /** The newest app version published (`latestVersion`). Default: `'3.2.0'`. */
  readonly latestAppVersion?: string;
  /** KOMPRA's behaviour when no fault says otherwise. Default: up, timeout 5000 ms. */
  readonly kompra?: Partial<KompraSettings>;
  /** The SMS gateway's behaviour when no fault says otherwise. Default: up. */
  readonly smsGateway?: Partial<SmsGatewaySettings>;
  /** Where to log (pino-compatible). Default: nowhere. */
  readonly logger?: BackendLogger;
  /**
   * Told of each request the backend finished — time, operation, user, status, catalogue code, the
   * fault that struck — for a live request log. Called synchronously; keep it cheap. Default: nobody.
   */
  readonly onRequestFinished?: RequestFinishedListener;
  /** Request size limits. Default: body 1 MiB, sync batch 100. */
  readonly limits?: BackendLimits;
  /** The contract the backend serves. Default: the bundled spec of `@icontact/openapi`. */
  readonly spec?: OpenApiDocument;
}
