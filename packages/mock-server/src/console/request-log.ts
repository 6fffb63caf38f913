import type { RequestFinishedEvent } from '@icontact/mock-core';

/** A finished request as the console's live log keeps it: the core's event, numbered, bodies cut short. */
export interface RequestLogEntry extends Omit<RequestFinishedEvent, 'request' | 'response'> {
  /** 1 for the first request since the mock started; never reused, also across a reset. */
  readonly seq: number;
  /** The request: its URL with the query, its headers, its body text (cut at {@link BODY_LIMIT} characters). */
  readonly request: {
    readonly url: string;
    readonly headers: Readonly<Record<string, string>>;
    readonly body?: string;
  };
  /** The answer: status, headers and JSON body text (cut at {@link BODY_LIMIT}); absent when none was made. */
  readonly response?: {
    readonly status: number;
    readonly headers: Readonly<Record<string, string>>;
    readonly body?: string;
  };
}

/** A bounded, in-memory log of finished requests that tells its subscribers of each new one. */
export interface RequestLog {
  /**
   * Adds a finished request (the core's `onRequestFinished`); drops the oldest past the capacity. The
   * entry is made when it is first read (or at once for subscribers), so an unwatched log costs little.
   */
  add(event: RequestFinishedEvent): void;
  /** The entries kept, oldest first; only those after `afterSeq` when given. */
  entries(afterSeq?: number): RequestLogEntry[];
  /** Calls `listener` with every new entry until the returned function is called. */
  subscribe(listener: (entry: RequestLogEntry) => void): () => void;
  /** How many entries it keeps at most. */
  readonly capacity: number;
}

/** Default {@link RequestLog.capacity}. */
export const DEFAULT_REQUEST_LOG_CAPACITY = 500;
/** The most characters of a request's or an answer's body the log keeps. */
export const BODY_LIMIT = 4096;

const cut = (text: string): string =>
  text.length <= BODY_LIMIT
    ? text
    : `${text.slice(0, BODY_LIMIT)}… (${text.length - BODY_LIMIT} more characters)`;

function flatHeaders(headers: RequestFinishedEvent['request']['headers']): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name.toLowerCase()] = typeof value === 'string' ? value : value.join(', ');
  }
  return flat;
}

function toEntry(seq: number, event: RequestFinishedEvent): RequestLogEntry {
  const { request, response, ...rest } = event;
  const body = request.bodyText === undefined || request.bodyText === '' ? undefined : cut(request.bodyText);
  return {
    ...rest,
    seq,
    request: {
      url: request.url,
      headers: flatHeaders(request.headers),
      ...(body === undefined ? {} : { body }),
    },
    ...(response === undefined
      ? {}
      : {
          response: {
            status: response.status,
            headers: { ...response.headers },
            ...(response.body === null || response.body === undefined
              ? {}
              : { body: cut(JSON.stringify(response.body, null, 2)) }),
          },
        }),
  };
}

/**
 * Creates a request log: a ring buffer of the latest `capacity` finished requests (default
 * {@link DEFAULT_REQUEST_LOG_CAPACITY}), so a long run never grows the mock's memory.
 */
export function createRequestLog(capacity = DEFAULT_REQUEST_LOG_CAPACITY): RequestLog {
  if (!Number.isInteger(capacity) || capacity < 1) {
    throw new RangeError(`a request log keeps at least 1 entry: got ${capacity}`);
  }
  /** The latest events by sequence number, each made into its entry when first read. */
  const ring: ({ seq: number; event: RequestFinishedEvent; entry?: RequestLogEntry } | undefined)[] =
    new Array(capacity);
  let seq = 0;
  const listeners = new Set<(entry: RequestLogEntry) => void>();
  const entryOf = (slot: { seq: number; event: RequestFinishedEvent; entry?: RequestLogEntry }) => {
    slot.entry ??= toEntry(slot.seq, slot.event);
    return slot.entry;
  };
  return {
    capacity,
    add(event) {
      seq += 1;
      const slot = { seq, event };
      ring[(seq - 1) % capacity] = slot;
      if (listeners.size === 0) return;
      const entry = entryOf(slot);
      for (const listener of listeners) listener(entry);
    },
    entries(afterSeq = 0) {
      const first = Math.max(afterSeq + 1, seq - capacity + 1, 1);
      const out: RequestLogEntry[] = [];
      for (let at = first; at <= seq; at++) {
        const slot = ring[(at - 1) % capacity];
        if (slot !== undefined) out.push(entryOf(slot));
      }
      return out;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
