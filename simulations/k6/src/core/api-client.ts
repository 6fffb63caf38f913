/**
 * HTTP for the virtual tablets and the admin client: one logical operation = one call of
 * {@link ApiClient.send}, which retries with the run's policy (backoff with full jitter, `Retry-After`
 * honoured), keeps the `Idempotency-Key` across attempts, tags every attempt with its step, counts every
 * answer by step, status and code, and counts operations and attempts (the retry amplification).
 */
import { Code, type ErrorCode } from './error-codes.ts';
import type { Recorder } from './recorder.ts';
import { isRetryableStatus, type RetryPolicy, retryDelayMs } from './retry-policy.ts';
import { ADMIN_STEP, type FlowStep } from './steps.ts';
import type { Transport } from './transport.ts';

/** One logical operation. */
export interface ApiRequest {
  /** The step the request belongs to (its `step` tag), or `admin`. */
  readonly step: FlowStep | typeof ADMIN_STEP;
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly url: string;
  /** The `name` tag: the URL with its ids left out (`/shifts/{shiftId}/sync`), so metrics group well. */
  readonly name: string;
  /** Sent as JSON. Default: no body. */
  readonly body?: unknown;
  /** Extra headers (`Authorization`, the app's headers). Default: none. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Sent as `Idempotency-Key`, the same on every attempt. Default: none. */
  readonly idempotencyKey?: string;
  /** Statuses that complete the operation. */
  readonly expect: readonly number[];
  /**
   * Error codes that mean an earlier attempt already did the work and its answer was lost
   * (`shift_already_started` after a start whose answer never came). Default: none.
   */
  readonly alreadyDone?: readonly ErrorCode[];
}

/** The outcome of an operation, after its retries. */
export interface ApiResponse {
  /** An expected status, or an `alreadyDone` code. */
  readonly ok: boolean;
  /** The last attempt's status; 0 when no answer came. */
  readonly status: number;
  /** The last answer's JSON body, or `null`. */
  readonly body: unknown;
  /** The error body's `code`, or `null`. */
  readonly code: ErrorCode | null;
  readonly attempts: number;
  readonly requestId: string | null;
  /** The runner's error text for a failed transport (`request timeout`, `EOF`…), or `null`. */
  readonly transportError: string | null;
}

/** Options of {@link createApiClient}. */
export interface ApiClientOptions {
  readonly transport: Transport;
  readonly recorder: Recorder;
  readonly retry: RetryPolicy;
  /** One attempt's timeout in milliseconds. */
  readonly timeoutMs: number;
  /** A number in [0, 1) for the backoff's jitter. Default: `Math.random`. */
  readonly random?: () => number;
}

/** Codes worth another attempt whatever their status. */
const RETRYABLE_CODES: ReadonlySet<string> = new Set<ErrorCode>([Code.idempotency_request_in_progress]);

function parseJson(text: string | null): unknown {
  if (text === null || text === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function errorCode(body: unknown): ErrorCode | null {
  if (typeof body !== 'object' || body === null || !('code' in body)) return null;
  const { code } = body as { code: unknown };
  return typeof code === 'string' ? (code as ErrorCode) : null;
}

/** A client that runs logical operations. */
export interface ApiClient {
  send(request: ApiRequest): Promise<ApiResponse>;
}

/** Creates a client over a runner's transport. */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const { transport, recorder, retry, timeoutMs } = options;
  const random = options.random ?? Math.random;
  return {
    // biome-ignore lint/complexity/noExcessiveCognitiveComplexity: k6's request loop (k6 has no SDK): send, record, decide on a retry, in one loop
    async send(request) {
      const tags = { step: request.step, name: request.name };
      const headers: Record<string, string> = { Accept: 'application/json', ...request.headers };
      if (request.body !== undefined) headers['Content-Type'] = 'application/json';
      if (request.idempotencyKey !== undefined) headers['Idempotency-Key'] = request.idempotencyKey;
      const payload = request.body === undefined ? null : JSON.stringify(request.body);
      let attempt = 0;
      for (;;) {
        attempt++;
        const res = await transport.request({
          method: request.method,
          url: request.url,
          body: payload,
          headers,
          tags,
          expect: request.expect,
          timeoutMs,
        });
        const body = parseJson(res.body);
        const code = errorCode(body);
        recorder.answer(request.step, res.status, code);
        const done =
          request.expect.includes(res.status) ||
          (code !== null && request.alreadyDone?.includes(code) === true);
        const retryable = isRetryableStatus(res.status) || (code !== null && RETRYABLE_CODES.has(code));
        if (done || !retryable || attempt >= retry.maxAttempts) {
          if (request.step !== ADMIN_STEP) recorder.operation(tags, attempt, !done);
          return {
            ok: done,
            status: res.status,
            body,
            code,
            attempts: attempt,
            requestId: res.header('X-Request-Id') ?? null,
            transportError: res.error,
          };
        }
        await transport.sleep(retryDelayMs(retry, attempt, res.header('Retry-After'), random()));
      }
    },
  };
}
