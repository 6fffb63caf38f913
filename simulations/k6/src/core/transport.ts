/**
 * The one thing a runner must give the flow: HTTP and a way to wait. k6 gives it with `http.asyncRequest`
 * (`src/k6/k6-transport.ts`), Node with `node:http` (`src/node/http-transport.ts`); the flow, the retries,
 * the admin client and the ledger are written once against this interface.
 */

/** The tags every request carries: the flow's step (or `admin`) and the URL with its ids left out. */
export type RequestTags = { readonly step: string; readonly name: string };

/** One HTTP attempt. */
export interface TransportRequest {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly url: string;
  /** The body as sent, or `null` for none. */
  readonly body: string | null;
  readonly headers: Readonly<Record<string, string>>;
  readonly tags: RequestTags;
  /** Statuses that count as success for the runner's own failure rate (`http_req_failed`). */
  readonly expect: readonly number[];
  /** The attempt's timeout in milliseconds. */
  readonly timeoutMs: number;
}

/** What came back from one attempt. */
export interface TransportAnswer {
  /** The status, or 0 when no answer came (refused, reset, timeout). */
  readonly status: number;
  /** The body as text, or `null` for none. */
  readonly body: string | null;
  /** A header of the answer, by name in any case. */
  header(name: string): string | undefined;
  /** The runner's text for a failed transport (`request timeout`, `socket hang up`…), or `null`. */
  readonly error: string | null;
}

/** HTTP and time, as a runner provides them. */
export interface Transport {
  /** Sends one attempt; never rejects on an HTTP or transport failure (status 0 instead). */
  request(request: TransportRequest): Promise<TransportAnswer>;
  /** Waits this many milliseconds. */
  sleep(ms: number): Promise<void>;
  /** Milliseconds since some fixed instant (for durations). */
  now(): number;
}

/** A case-insensitive header lookup over a plain record of headers. */
export function headerLookup(
  headers: Readonly<Record<string, string | readonly string[] | undefined>>,
): (name: string) => string | undefined {
  return (name) => {
    const wanted = name.toLowerCase();
    for (const [key, value] of Object.entries(headers)) {
      if (key.toLowerCase() !== wanted || value === undefined) continue;
      return typeof value === 'string' ? value : value.join(', ');
    }
    return undefined;
  };
}
