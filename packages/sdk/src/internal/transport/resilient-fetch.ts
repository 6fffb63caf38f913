import { Code, isTransientStatus } from '@icontact/errors';
import { ExponentialBackoff, fullJitterGenerator, type IBackoff } from 'cockatiel';
import type { ApiError } from '../../core/errors/api-error.js';
import { ConnectionError } from '../../core/errors/connection-error.js';
import { IContactError } from '../../core/errors/icontact-error.js';
import { RequestAbortedError } from '../../core/errors/request-aborted-error.js';
import { RequestTimeoutError } from '../../core/errors/request-timeout-error.js';
import type { Logger, RequestEvent, RequestRetryEvent } from '../../core/events.js';
import type { ResolvedRetryOptions, ResolvedTimeoutOptions } from '../../core/retry-options.js';
import { randomUuid } from '../util/random-uuid.js';
import { abortableSleep } from './abortable-sleep.js';
import { apiErrorFromResponse } from './api-error-from-response.js';
import type { Authenticator } from './authenticator.js';
import { getCallOverrides } from './call-overrides.js';
import { classifyTransportError } from './classify-transport-error.js';
import { parseBody } from './read-response-body.js';
import { redirectStep } from './redirect.js';
import { getRequestMeta, type RequestMeta } from './request-meta.js';
import { type AttemptFailure, type AttemptRequest, type FetchLike, sendAttempt } from './send-attempt.js';

/** What the resilient fetch is built from. */
export interface ResilientFetchOptions {
  /** The runtime's fetch (or a test's). */
  readonly fetch: FetchLike;
  readonly retry: ResolvedRetryOptions;
  readonly timeouts: ResolvedTimeoutOptions;
  /** The session, for requests whose meta says `authenticate`. */
  readonly authenticator?: Authenticator;
  readonly onEvent?: (event: RequestEvent) => void;
  readonly logger?: Logger;
  /** The clock, epoch ms. Default `Date.now`. */
  readonly now?: () => number;
}

/** Methods that are safe to repeat by their nature. */
const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE', 'PUT', 'DELETE']);

const errorsOfAnswers = new WeakMap<Response, ApiError>();

/** The {@link ApiError} the resilient fetch already built for an error answer it returned. */
export function errorOfAnswer(response: Response): ApiError | undefined {
  return errorsOfAnswers.get(response);
}

/**
 * Whether a request may be sent again after an ambiguous failure: safe and idempotent methods, and any
 * request that carries an `Idempotency-Key` (the server replays the first answer instead of acting twice).
 * This is the rule that keeps an SMS send from being repeated unless the server guarantees it is not
 * counted twice.
 */
export function mayRepeat(method: string, headers: Headers): boolean {
  return SAFE_METHODS.has(method.toUpperCase()) || headers.has('idempotency-key');
}

function rebuildResponse(response: Response, bytes: Uint8Array<ArrayBuffer>, url: string): Response {
  const headers = new Headers(response.headers);
  headers.delete('content-encoding');
  headers.set('content-length', String(bytes.byteLength));
  const nullBody = response.status === 204 || response.status === 205 || response.status === 304;
  const rebuilt = new Response(nullBody ? null : bytes, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
  Object.defineProperty(rebuilt, 'url', { value: url });
  return rebuilt;
}

/** A follow-up loop, worded as OkHttp words it. */
function tooManyFollowUps(count: number, meta: RequestMeta | undefined): ConnectionError {
  return new ConnectionError({
    code: Code.too_many_follow_ups,
    detail: `Too many follow-up requests: ${count}`,
    evidence: 'follow-up count',
    neverSent: false,
    ...(meta?.operation === undefined ? {} : { operation: meta.operation }),
  });
}

function connectionErrorOf(
  failure: AttemptFailure,
  meta: RequestMeta | undefined,
  requestId: string | undefined,
  lostBefore = false,
): IContactError {
  const operation = meta?.operation === undefined ? {} : { operation: meta.operation };
  const sentId = requestId === undefined ? {} : { requestId };
  if (failure.context.userAborted) {
    // A caller's abort is a decision, not a transient failure: its own class, never retryable.
    return new RequestAbortedError({
      cause: failure.thrown,
      // An attempt was under way: the server may have applied it (the safe side for a repeat).
      maybeApplied: true,
      ...operation,
      ...sentId,
    });
  }
  const classified = classifyTransportError(failure.thrown, failure.context);
  if (classified === null) {
    // Not a network failure (an invalid URL, a fetch that threw something else): report it as is.
    return new IContactError({
      code: Code.unknown_error,
      detail: describeThrown(failure.thrown),
      cause: failure.thrown,
      ...operation,
      ...sentId,
    });
  }
  const init = {
    detail: describeThrown(failure.thrown),
    cause: failure.thrown,
    evidence: classified.evidence,
    neverSent: classified.neverSent,
    maybeApplied: lostBefore || !classified.neverSent,
    ...operation,
    ...sentId,
  };
  return classified.code === Code.request_timeout
    ? new RequestTimeoutError(init)
    : new ConnectionError({ ...init, code: classified.code });
}

/** The thrown value's message with its cause chain, as `fetch failed: connect ECONNREFUSED 127.0.0.1:1`. */
function describeThrown(thrown: unknown): string {
  const parts: string[] = [];
  let current: unknown = thrown;
  for (let depth = 0; depth < 4 && current !== undefined && current !== null; depth++) {
    const message = current instanceof Error ? current.message : String(current);
    if (message !== '' && !parts.includes(message)) parts.push(message);
    current = current instanceof Error ? current.cause : undefined;
  }
  return parts.join(': ') || 'The connection failed.';
}

/**
 * Seconds to wait before repeating an error answer, or `undefined` when it is not to be repeated. The
 * transport repeats by itself only transient answers (the catalogue's {@link isTransientStatus}, and a
 * request still in progress) whose code the catalogue retries now or after a wait. Other codes the
 * catalogue calls retryable (a wrong SMS code, an incomplete final sync, a malformed sync batch) need
 * the app to act first, so they go back to the caller.
 */
function waitBeforeRepeat(error: IContactError, maxRetryAfterSeconds: number): number | undefined {
  const transient =
    (error.status !== undefined && isTransientStatus(error.status)) ||
    error.code === Code.idempotency_request_in_progress;
  if (!transient) return undefined;
  if (error.retry.when === 'now') return 0;
  if (error.retry.when === 'after' && error.retry.seconds <= maxRetryAfterSeconds) return error.retry.seconds;
  return undefined;
}

/**
 * A `fetch` that openapi-fetch is given, so that everything below the typed client is resilient:
 *
 * - each attempt runs under the per-attempt timeout and reads the whole body (a stream cut mid-body is
 *   a transport failure here, classified as `unexpected_end_of_stream`, not a JSON error later);
 * - transport failures and retryable error answers are repeated with exponential backoff and full
 *   jitter (cockatiel's `fullJitterGenerator`), at most `maxRetries` times, for requests that
 *   {@link mayRepeat} — and for any request whose connection was never made (DNS, refused);
 * - `Retry-After` is honoured up to `maxRetryAfterSeconds`; a longer one is returned to the caller;
 * - redirects are followed by hand (`redirect: 'manual'`), 429s are waited out, a 401
 *   `token_not_valid` triggers one re-authentication; every repeat counts as a follow-up, and the
 *   21st fails with `too_many_follow_ups` ("Too many follow-up requests: 21");
 * - events `request:start`, `request:retry`, `request:end`, `request:fail` report every step.
 *
 * Error answers are returned (openapi-fetch turns them into `{ error }`); their {@link ApiError} is
 * kept for {@link errorOfAnswer}. Transport failures throw a {@link ConnectionError}.
 */
export function createResilientFetch(options: ResilientFetchOptions): FetchLike {
  const now = options.now ?? Date.now;
  const { retry, timeouts } = options;
  const emit = (event: RequestEvent): void => {
    try {
      options.onEvent?.(event);
    } catch {
      // A listener's failure must not break the request.
    }
    const { type, ...fields } = event;
    const log = options.logger;
    if (log === undefined) return;
    if (type === 'request:fail')
      log.warn(`${type} ${event.method} ${event.url}: ${event.error.code}`, fields);
    else if (type === 'request:retry')
      log.info(`${type} ${event.method} ${event.url} (${event.reason})`, fields);
    else log.debug(`${type} ${event.method} ${event.url}`, fields);
  };

  return async function resilientFetch(input, init) {
    const original = input instanceof Request && init === undefined ? input : new Request(input, init);
    const meta = getRequestMeta(input instanceof Request ? input : original);
    const overrides = getCallOverrides(input instanceof Request ? input : original);
    const maxRetries = overrides.maxRetries ?? retry.maxRetries;
    const timeoutMs = overrides.timeoutMs ?? timeouts.requestMs;
    const signal = original.signal;
    const headers = new Headers(original.headers);
    const repeatable = mayRepeat(original.method, headers);
    const base = {
      callId: randomUuid(),
      operation: meta?.route,
      method: original.method,
      url: original.url,
    } as const;
    const started = now();
    let current: AttemptRequest = {
      url: original.url,
      method: original.method,
      headers,
      body: original.body === null ? undefined : new Uint8Array(await original.arrayBuffer()),
      redirect: 'manual',
    };
    let attempts = 0;
    let retries = 0;
    let followUps = 0;
    let reauthenticated = false;
    /** The `X-Request-Id` of the latest attempt: a new one each attempt, kept by its error. */
    let requestId: string | undefined;
    /** Whether an attempt of this call was lost after it was sent (the server may have applied it). */
    let lost = false;
    let backoff: IBackoff<unknown> | undefined;
    const backoffFactory = new ExponentialBackoff({
      generator: fullJitterGenerator,
      initialDelay: retry.initialDelayMs,
      maxDelay: retry.maxDelayMs,
    });
    const nextBackoffMs = (): number => {
      backoff = backoff === undefined ? backoffFactory.next() : backoff.next(undefined);
      return backoff.duration;
    };
    const fail = (error: IContactError): never => {
      emit({ type: 'request:fail', ...base, error, attempts, durationMs: now() - started });
      throw error;
    };
    /** Counts one more follow-up, waits, and reports it; throws when the loop is too long. */
    const followUp = async (
      reason: RequestRetryEvent['reason'],
      delayMs: number,
      error?: IContactError,
    ): Promise<void> => {
      followUps += 1;
      if (followUps > retry.maxFollowUps) fail(tooManyFollowUps(followUps, meta));
      emit({
        type: 'request:retry',
        ...base,
        attempt: attempts + 1,
        delayMs,
        reason,
        ...(error ? { error } : {}),
      });
      if (delayMs > 0) {
        try {
          await abortableSleep(delayMs, signal);
        } catch (thrown) {
          fail(
            new RequestAbortedError({
              cause: thrown,
              maybeApplied: lost,
              ...(meta?.operation === undefined ? {} : { operation: meta.operation }),
              ...(requestId === undefined ? {} : { requestId }),
            }),
          );
        }
      }
    };

    emit({ type: 'request:start', ...base });
    for (;;) {
      attempts += 1;
      let sentAuthorization: string | undefined;
      if (meta?.authenticate === true && options.authenticator !== undefined) {
        sentAuthorization = await options.authenticator.authorization();
        if (sentAuthorization === undefined) headers.delete('authorization');
        else headers.set('authorization', sentAuthorization);
      }

      requestId = randomUuid();
      headers.set('X-Request-Id', requestId);

      let answer: Awaited<ReturnType<typeof sendAttempt>>;
      try {
        answer = await sendAttempt(options.fetch, current, timeoutMs, signal);
      } catch (thrown) {
        const error = connectionErrorOf(thrown as AttemptFailure, meta, requestId, lost);
        lost ||= error.maybeApplied;
        if (
          error instanceof ConnectionError &&
          error.data.userAborted !== true &&
          error.code !== Code.too_many_follow_ups &&
          error.retryable &&
          (repeatable || error.neverSent) &&
          retries < maxRetries
        ) {
          retries += 1;
          await followUp('retry', nextBackoffMs(), error);
          continue;
        }
        return fail(error);
      }

      const { response, bytes } = answer;
      if (response.type === 'opaqueredirect') {
        // A browser hides manual redirects: let the runtime follow them (its own limit is 20).
        current = { ...current, redirect: 'follow' };
        await followUp('redirect', 0);
        continue;
      }
      const step = redirectStep(
        response.status,
        response.headers.get('location'),
        current.url,
        current.method,
        headers.has('idempotency-key'),
      );
      if (step !== null) {
        if (step.crossOrigin) headers.delete('authorization');
        if (step.dropBody) {
          headers.delete('content-type');
          headers.delete('content-length');
        }
        current = {
          ...current,
          url: step.url,
          method: step.method,
          body: step.dropBody ? undefined : current.body,
        };
        await followUp('redirect', 0);
        continue;
      }

      if (response.status < 400) {
        emit({
          type: 'request:end',
          ...base,
          status: response.status,
          attempts,
          durationMs: now() - started,
        });
        return rebuildResponse(response, bytes, current.url);
      }

      const error = apiErrorFromResponse({
        status: response.status,
        headers: response.headers,
        body: parseBody(bytes, response.headers.get('content-type')),
        operation: meta?.operation,
        now: now(),
        maybeApplied: lost,
      });
      if (
        response.status === 401 &&
        error.code === Code.token_not_valid &&
        meta?.authenticate === true &&
        options.authenticator !== undefined &&
        !reauthenticated
      ) {
        reauthenticated = true;
        if (await options.authenticator.reauthenticate(sentAuthorization)) {
          await followUp('reauthenticate', 0, error);
          continue;
        }
      }
      const waitSeconds = waitBeforeRepeat(error, retry.maxRetryAfterSeconds);
      if (waitSeconds !== undefined && response.status === 429) {
        await followUp('throttled', waitSeconds > 0 ? waitSeconds * 1000 : nextBackoffMs(), error);
        continue;
      }
      if (waitSeconds !== undefined && repeatable && retries < maxRetries) {
        retries += 1;
        await followUp('retry', waitSeconds > 0 ? waitSeconds * 1000 : nextBackoffMs(), error);
        continue;
      }
      emit({ type: 'request:fail', ...base, error, attempts, durationMs: now() - started });
      const rebuilt = rebuildResponse(response, bytes, current.url);
      errorsOfAnswers.set(rebuilt, error);
      return rebuilt;
    }
  };
}
