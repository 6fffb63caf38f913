import type { BackendResponse } from '../http/backend-request.js';
import { IDEMPOTENCY_COLLECTION } from '../state/state-indexes.js';
import type { JsonRecord, Store } from '../store/store.js';

/** The header that marks an answer replayed from an earlier request with the same `Idempotency-Key`. */
export const REPLAYED_HEADER = 'idempotency-replayed';

/** How long a key and its stored answer are kept, in virtual milliseconds: 24 hours. */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 60 * 60 * 1000;

const COLLECTION = IDEMPOTENCY_COLLECTION;

/** Who sent a keyed request and to which operation: keys are scoped by both. */
export interface IdempotencyScope {
  /** The user's id, or `anonymous` on a public operation. */
  readonly userId: string;
  readonly operationId: string;
  /** The `Idempotency-Key` header. */
  readonly key: string;
}

/** What happened to a keyed request. */
export type IdempotencyClaim =
  /**
   * The first request with this key (or the key expired): go on, then `complete` the claim inside the
   * transaction that applies the request (so that the answer is stored with the writes, or neither is),
   * and `release` it once that transaction has committed or failed.
   */
  | {
      readonly kind: 'new';
      readonly complete: (response: BackendResponse) => void;
      readonly release: () => void;
    }
  /** The key's answer is stored and the content matches: send it again. */
  | { readonly kind: 'replay'; readonly response: BackendResponse }
  /** The key was used with other content: `idempotency_key_reused` (422). */
  | { readonly kind: 'reused' }
  /** A request with this key is still running: `idempotency_request_in_progress` (409). */
  | { readonly kind: 'in_progress' };

/** Stored answers of keyed requests, and the keys of requests still running. */
export interface IdempotencyKeys {
  /** Claims a key for a request with this content fingerprint at the virtual instant `now`. */
  claim(scope: IdempotencyScope, fingerprint: string, now: Date): IdempotencyClaim;
  /** Forgets the keys of running requests (the stored answers stay in the store). */
  clearInFlight(): void;
}

/**
 * A stored answer, in its wire form: the body as the JSON text sent, so that each answer is kept once,
 * as one string, and read only when it is replayed.
 */
interface StoredKey extends JsonRecord {
  readonly fingerprint: string;
  readonly expiresAt: string;
  readonly status: number;
  readonly headers: Record<string, string>;
  /** The body's JSON text; `null` for no body. */
  readonly body: string | null;
}

/** A stored answer as versions before the wire form kept it (a durable store or a snapshot of then). */
interface LegacyStoredKey extends JsonRecord {
  readonly fingerprint: string;
  readonly expiresAt: string;
  readonly response: {
    readonly status: number;
    readonly headers: Record<string, string>;
    readonly body: JsonRecord | null;
  };
}

function idOf(scope: IdempotencyScope): string {
  return JSON.stringify([scope.userId, scope.operationId, scope.key]);
}

/** The answer a stored key replays. */
function replayOf(stored: StoredKey | LegacyStoredKey): BackendResponse {
  const legacy = (stored as Partial<LegacyStoredKey>).response;
  if (legacy !== undefined) {
    return { ...legacy, headers: { ...legacy.headers, [REPLAYED_HEADER]: 'true' } };
  }
  const { status, headers, body } = stored as StoredKey;
  return {
    status,
    headers: { ...headers, [REPLAYED_HEADER]: 'true' },
    body: body === null ? null : (JSON.parse(body) as unknown),
  };
}

/**
 * Idempotency as the best payment APIs do it, scoped per user, operation and key:
 * - the first request's answer is stored with its content's fingerprint, for 24 hours of virtual time,
 *   in the same transaction as the request's writes: both are kept, or neither (a full disk);
 * - a repeat with the same content gets the stored answer again, marked `Idempotency-Replayed: true`;
 * - a repeat with other content is refused (`reused`), so a key can never stand for two requests;
 * - a repeat while the first still runs is refused (`in_progress`, 409) rather than waiting: exactly one
 *   of two concurrent requests applies, and the client retries the other after a moment.
 *
 * Answers of 5xx are not stored: nothing or only a failed attempt was applied, and a retry with the same
 * key must be able to succeed (the sync "101" promises that retrying the batch is safe). Refusals before
 * the operation ran (validation, authentication) never reach the claim, as with Stripe.
 */
export function createIdempotencyKeys(store: Store): IdempotencyKeys {
  const inFlight = new Set<string>();
  return {
    claim(scope, fingerprint, now) {
      const id = idOf(scope);
      if (inFlight.has(id)) return { kind: 'in_progress' };
      const stored = store.get<StoredKey | LegacyStoredKey>(COLLECTION, id);
      if (stored && Date.parse(stored.expiresAt) > now.getTime()) {
        if (stored.fingerprint !== fingerprint) return { kind: 'reused' };
        return { kind: 'replay', response: replayOf(stored) };
      }
      inFlight.add(id);
      return {
        kind: 'new',
        complete: (response) => {
          if (response.status >= 500) return;
          const record: StoredKey = {
            fingerprint,
            expiresAt: new Date(now.getTime() + IDEMPOTENCY_KEY_TTL_MS).toISOString(),
            status: response.status,
            headers: { ...response.headers },
            body:
              response.body === null || response.body === undefined ? null : JSON.stringify(response.body),
          };
          store.put(COLLECTION, id, record);
        },
        release: () => {
          inFlight.delete(id);
        },
      };
    },
    clearInFlight: () => inFlight.clear(),
  };
}
