import { Code, isTransientStatus, type Operation } from '@icontact/errors';
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
import { type RedirectStep, redirectStep } from './redirect.js';
import { getRequestMeta, type RequestMeta } from './request-meta.js';
import {
  type AttemptAnswer,
  type AttemptFailure,
  type AttemptRequest,
  type FetchLike,
  sendAttempt,
} from './send-attempt.js';

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
    ...operationOf(meta),
  });
}

function connectionErrorOf(
  failure: AttemptFailure,
  meta: RequestMeta | undefined,
  requestId: string | undefined,
  lostBefore = false,
): IContactError {
  const operation = operationOf(meta);
  const sentId = sentIdOf(requestId);
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
 *
 * Each call is a loop of attempt → classify → decide ({@link runCall}).
 */
export function createResilientFetch(options: ResilientFetchOptions): FetchLike {
  const now = options.now ?? Date.now;
  const emit = eventEmitter(options);
  const backoffFactory = new ExponentialBackoff({
    generator: fullJitterGenerator,
    initialDelay: options.retry.initialDelayMs,
    maxDelay: options.retry.maxDelayMs,
  });

  /**
   * One logical call: the attempts of one request, until it succeeds, is refused or fails for good. Each
   * turn is `attempt` (send once), then what came back is classified (`connectionErrorOf`,
   * `redirectStep`, `apiErrorFromResponse`) and a decision taken (`afterTransportFailure`, `afterAnswer`,
   * `afterErrorAnswer`: follow, repeat after a wait, or finish). The call's counters are its locals.
   */
  return async function resilientFetch(input, init) {
    const original = input instanceof Request && init === undefined ? input : new Request(input, init);
    const tagged = input instanceof Request ? input : original;
    const meta = getRequestMeta(tagged);
    const overrides = getCallOverrides(tagged);
    const { retry } = options;
    const headers = new Headers(original.headers);
    const signal = original.signal;
    const maxRetries = overrides.maxRetries ?? retry.maxRetries;
    const timeoutMs = overrides.timeoutMs ?? options.timeouts.requestMs;
    const repeatable = mayRepeat(original.method, headers);
    const base = { callId: randomUuid(), operation: meta?.route, method: original.method, url: original.url };
    const started = now();
    const operation = operationOf(meta);
    let current = await firstAttempt(original, headers);
    let attempts = 0;
    let retries = 0;
    let followUps = 0;
    let reauthenticated = false;
    /** The `Authorization` the latest attempt sent, for a re-authentication to compare. */
    let sentAuthorization: string | undefined;
    /** The `X-Request-Id` of the latest attempt: a new one each attempt, kept by its error. */
    let requestId: string | undefined;
    /** Whether an attempt of this call was lost after it was sent (the server may have applied it). */
    let lost = false;
    let backoff: IBackoff<unknown> | undefined;

    const nextBackoffMs = (): number => {
      backoff = backoff === undefined ? backoffFactory.next() : backoff.next(undefined);
      return backoff.duration;
    };
    const emitFail = (error: IContactError): void =>
      emit({ type: 'request:fail', ...base, error, attempts, durationMs: now() - started });
    const fail = (error: IContactError): never => {
      emitFail(error);
      throw error;
    };

    /** Sends one attempt, with the session's token and a fresh `X-Request-Id`; throws an {@link AttemptFailure}. */
    const attempt = async (): Promise<AttemptAnswer> => {
      attempts += 1;
      sentAuthorization = undefined;
      if (meta?.authenticate === true && options.authenticator !== undefined) {
        sentAuthorization = await options.authenticator.authorization();
        if (sentAuthorization === undefined) headers.delete('authorization');
        else headers.set('authorization', sentAuthorization);
      }
      requestId = randomUuid();
      headers.set('X-Request-Id', requestId);
      return sendAttempt(options.fetch, current, timeoutMs, signal);
    };

    /** Counts one more follow-up, reports it and waits; throws when the loop is too long or the caller aborts. */
    const again = async (
      reason: RequestRetryEvent['reason'],
      delayMs: number,
      error?: IContactError,
    ): Promise<undefined> => {
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
      if (delayMs <= 0) return;
      try {
        await abortableSleep(delayMs, signal);
      } catch (thrown) {
        fail(
          new RequestAbortedError({
            cause: thrown,
            maybeApplied: lost,
            ...operation,
            ...sentIdOf(requestId),
          }),
        );
      }
    };

    /**
     * A transport failure is repeated when it may help (never a caller's abort or a follow-up loop), the
     * request may be repeated (or was never sent), and retries are left; otherwise its error is thrown.
     */
    const afterTransportFailure = async (failure: AttemptFailure): Promise<undefined> => {
      const error = connectionErrorOf(failure, meta, requestId, lost);
      lost ||= error.maybeApplied;
      if (!mayRetryTransportFailure(error, repeatable) || retries >= maxRetries) return fail(error);
      retries += 1;
      return again('retry', nextBackoffMs(), error);
    };

    /** Once per call, a 401 `token_not_valid` on an authenticated request asks the session for a new token. */
    const reauthenticate = async (status: number, error: ApiError): Promise<boolean> => {
      const authenticator = options.authenticator;
      const applies =
        status === 401 &&
        error.code === Code.token_not_valid &&
        meta?.authenticate === true &&
        authenticator !== undefined &&
        !reauthenticated;
      if (!applies) return false;
      reauthenticated = true;
      return authenticator.reauthenticate(sentAuthorization);
    };

    /**
     * The wait before repeating an error answer, or `undefined` to hand it back: a 429 is waited out (not
     * counted as a retry); another transient answer is retried when the request may be repeated and
     * retries are left.
     */
    const repeatDelayMs = (status: number, error: ApiError): number | undefined => {
      const waitSeconds = waitBeforeRepeat(error, retry.maxRetryAfterSeconds);
      if (waitSeconds === undefined) return undefined;
      if (status !== 429) {
        if (!repeatable || retries >= maxRetries) return undefined;
        retries += 1;
      }
      return waitSeconds > 0 ? waitSeconds * 1000 : nextBackoffMs();
    };

    /** An error answer: re-authenticate, repeat, or hand it back with its error kept. */
    const afterErrorAnswer = async ({ response, bytes }: AttemptAnswer): Promise<Response | undefined> => {
      const error = apiErrorFromResponse({
        status: response.status,
        headers: response.headers,
        body: parseBody(bytes, response.headers.get('content-type')),
        operation: meta?.operation,
        now: now(),
        maybeApplied: lost,
      });
      if (await reauthenticate(response.status, error)) return again('reauthenticate', 0, error);
      const delayMs = repeatDelayMs(response.status, error);
      if (delayMs !== undefined)
        return again(response.status === 429 ? 'throttled' : 'retry', delayMs, error);
      emitFail(error);
      const rebuilt = rebuildResponse(response, bytes, current.url);
      errorsOfAnswers.set(rebuilt, error);
      return rebuilt;
    };

    /** An answer: follow a redirect, hand a success back, or decide on an error answer. */
    const afterAnswer = async (answer: AttemptAnswer): Promise<Response | undefined> => {
      const { response } = answer;
      if (response.type === 'opaqueredirect') {
        // A browser hides manual redirects: let the runtime follow them (its own limit is 20).
        current = { ...current, redirect: 'follow' };
        return again('redirect', 0);
      }
      const location = response.headers.get('location');
      const keyed = headers.has('idempotency-key');
      const step = redirectStep(response.status, location, current.url, current.method, keyed);
      if (step !== null) {
        current = followRedirect(current, headers, step);
        return again('redirect', 0);
      }
      if (response.status >= 400) return afterErrorAnswer(answer);
      emit({ type: 'request:end', ...base, status: response.status, attempts, durationMs: now() - started });
      return rebuildResponse(response, answer.bytes, current.url);
    };

    emit({ type: 'request:start', ...base });
    for (;;) {
      let answer: AttemptAnswer;
      try {
        answer = await attempt();
      } catch (thrown) {
        await afterTransportFailure(thrown as AttemptFailure);
        continue;
      }
      const response = await afterAnswer(answer);
      if (response !== undefined) return response;
    }
  };
}

/** Reports an event to the listener and the logger; a listener's failure must not break the request. */
function eventEmitter(options: ResilientFetchOptions): (event: RequestEvent) => void {
  return (event) => {
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
}

/** `{ operation }` of a request's meta, to spread into an error's init; `{}` when it has none. */
function operationOf(meta: RequestMeta | undefined): { operation?: Operation } {
  return meta?.operation === undefined ? {} : { operation: meta.operation };
}

/** `{ requestId }` to spread into an error's init; `{}` before any attempt. */
function sentIdOf(requestId: string | undefined): { requestId?: string } {
  return requestId === undefined ? {} : { requestId };
}

/** The first attempt of a call: the request's URL, method, headers and whole body; redirects by hand. */
async function firstAttempt(original: Request, headers: Headers): Promise<AttemptRequest> {
  return {
    url: original.url,
    method: original.method,
    headers,
    body: original.body === null ? undefined : new Uint8Array(await original.arrayBuffer()),
    redirect: 'manual',
  };
}

/**
 * Whether a transport failure may be repeated: it may help (never a caller's abort or a follow-up
 * loop) and the request may be repeated, or was never sent.
 */
function mayRetryTransportFailure(error: IContactError, repeatable: boolean): boolean {
  return (
    error instanceof ConnectionError &&
    error.data.userAborted !== true &&
    error.code !== Code.too_many_follow_ups &&
    error.retryable &&
    (repeatable || error.neverSent)
  );
}

/** The next attempt after a redirect: its target, without `Authorization` across origins, without a dropped body. */
function followRedirect(current: AttemptRequest, headers: Headers, step: RedirectStep): AttemptRequest {
  if (step.crossOrigin) headers.delete('authorization');
  if (step.dropBody) {
    headers.delete('content-type');
    headers.delete('content-length');
  }
  return { ...current, url: step.url, method: step.method, body: step.dropBody ? undefined : current.body };
}
