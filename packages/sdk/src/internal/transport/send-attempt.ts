import type { TransportFailureContext } from './classify-transport-error.js';

/** A function with the shape of `fetch`. */
export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** One attempt's request. */
export interface AttemptRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: Uint8Array<ArrayBuffer> | undefined;
  readonly redirect: 'manual' | 'follow';
}

/** One attempt's answer, its body read in full. */
export interface AttemptAnswer {
  readonly response: Response;
  readonly bytes: Uint8Array<ArrayBuffer>;
}

/** An attempt that got no complete answer: what was thrown, and what the attempt knows about why. */
export class AttemptFailure {
  constructor(
    readonly thrown: unknown,
    readonly context: TransportFailureContext,
  ) {}
}

/**
 * Sends one attempt and reads its whole body, both under one timer of `timeoutMs`; the caller's
 * `signal` aborts it too. Rejects with an {@link AttemptFailure} only.
 */
export async function sendAttempt(
  fetchFn: FetchLike,
  request: AttemptRequest,
  timeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<AttemptAnswer> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(Object.assign(new Error(`No answer within ${timeoutMs} ms`), { name: 'TimeoutError' }));
  }, timeoutMs);
  const onCallerAbort = (): void => controller.abort(signal?.reason);
  if (signal?.aborted) onCallerAbort();
  else signal?.addEventListener('abort', onCallerAbort, { once: true });
  let phase: TransportFailureContext['phase'] = 'fetch';
  try {
    const response = await fetchFn(request.url, {
      method: request.method,
      headers: request.headers,
      redirect: request.redirect,
      signal: controller.signal,
      ...(request.body === undefined ? {} : { body: request.body }),
    });
    phase = 'body';
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { response, bytes };
  } catch (thrown) {
    throw new AttemptFailure(thrown, { timedOut, userAborted: signal?.aborted === true, phase });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onCallerAbort);
  }
}
