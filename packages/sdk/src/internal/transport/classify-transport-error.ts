import { Code } from '@icontact/errors';
/**
 * Which catalogue code a failed `fetch` (or a failed read of its body) stands for.
 *
 * Pure: it looks only at the thrown value and at what the caller knows about the attempt. It reads
 * what Node's fetch (undici) throws — `TypeError('fetch failed')` whose `cause` (possibly an
 * `AggregateError`, possibly nested) carries a system or undici error code — and what browsers and
 * React Native throw: a bare `TypeError` with a fixed message.
 */

/** The catalogue codes a transport failure can take. */
export type TransportCode =
  | typeof Code.host_unresolved
  | typeof Code.network_unavailable
  | typeof Code.connection_failed
  | typeof Code.unexpected_end_of_stream
  | typeof Code.connection_aborted
  | typeof Code.too_many_follow_ups
  | typeof Code.request_timeout
  | typeof Code.request_aborted;

/** What the caller knows about the attempt that failed. */
export interface TransportFailureContext {
  /** The SDK's own per-attempt timer fired (the attempt was aborted by it). */
  readonly timedOut: boolean;
  /** The caller's own `AbortSignal` aborted the call. */
  readonly userAborted: boolean;
  /** `fetch` rejected (`'fetch'`), or reading the body of a response already received did (`'body'`). */
  readonly phase: 'fetch' | 'body';
}

/** A transport failure, classified. */
export interface TransportClassification {
  readonly code: TransportCode;
  /** The low-level code or message that decided it (`ECONNREFUSED`, `terminated`, …), for diagnostics. */
  readonly evidence: string;
  /**
   * The request certainly never reached the server (DNS or connect failed), so repeating it is safe
   * even for a non-idempotent request.
   */
  readonly neverSent: boolean;
}

/** System and undici error codes, by the catalogue code they mean. */
const CODE_TABLE: ReadonlyArray<readonly [TransportCode, readonly string[]]> = [
  [Code.host_unresolved, ['ENOTFOUND', 'ENODATA', 'EAI_AGAIN', 'EAI_NODATA', 'EAI_NONAME', 'EAI_FAIL']],
  [Code.connection_failed, ['ECONNREFUSED', 'UND_ERR_CONNECT_TIMEOUT', 'EHOSTUNREACH', 'EHOSTDOWN']],
  [Code.network_unavailable, ['ENETUNREACH', 'ENETDOWN']],
  [Code.request_timeout, ['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']],
  [Code.unexpected_end_of_stream, ['UND_ERR_SOCKET', 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH']],
  [Code.connection_aborted, ['ECONNRESET', 'ECONNABORTED', 'EPIPE', 'UND_ERR_ABORTED']],
];

/** Messages that decide on their own, by the catalogue code they mean (compared lower-cased). */
const MESSAGE_TABLE: ReadonlyArray<readonly [TransportCode, readonly string[]]> = [
  [Code.too_many_follow_ups, ['redirect count exceeded', 'too many follow-up requests']],
  [Code.unexpected_end_of_stream, ['other side closed', 'unexpected end of stream']],
  [
    Code.network_unavailable,
    [
      'failed to fetch', // Chromium
      'networkerror when attempting to fetch resource', // Firefox
      'load failed', // Safari
      'network request failed', // React Native (whatwg-fetch)
      'the internet connection appears to be offline', // Safari, offline
    ],
  ],
];

const NEVER_SENT: ReadonlySet<TransportCode> = new Set([Code.host_unresolved, Code.connection_failed]);

interface Clue {
  readonly code?: string;
  readonly name?: string;
  readonly message?: string;
}

/** Every error in the chain `error → cause → …` and in any `AggregateError.errors`, depth-first. */
function collectClues(error: unknown, into: Clue[] = [], depth = 0): Clue[] {
  if (depth > 8 || error === null || error === undefined) return into;
  if (typeof error !== 'object') {
    into.push({ message: String(error) });
    return into;
  }
  const record = error as {
    code?: unknown;
    name?: unknown;
    message?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  into.push({
    ...(typeof record.code === 'string' ? { code: record.code } : {}),
    ...(typeof record.name === 'string' ? { name: record.name } : {}),
    ...(typeof record.message === 'string' ? { message: record.message } : {}),
  });
  if (Array.isArray(record.errors)) {
    for (const inner of record.errors) collectClues(inner, into, depth + 1);
  }
  if (record.cause !== undefined) collectClues(record.cause, into, depth + 1);
  return into;
}

function result(code: TransportCode, evidence: string): TransportClassification {
  return { code, evidence, neverSent: NEVER_SENT.has(code) };
}

/**
 * Classifies a value thrown by `fetch` or by reading a response body.
 *
 * @returns the classification, or `null` when the value is not a transport failure (a programming
 *   error such as an invalid URL), which the caller reports as `unknown_error`.
 */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: the runtimes' failure shapes tried in order of precedence (the call's context, undici's names, system codes, messages, generic names), each an early return
export function classifyTransportError(
  error: unknown,
  context: TransportFailureContext,
): TransportClassification | null {
  if (context.timedOut) return result(Code.request_timeout, 'client timeout');
  if (context.userAborted) return result(Code.request_aborted, 'aborted by the caller');

  const clues = collectClues(error);
  const top = clues[0];
  // undici: a body read cut short rejects with TypeError('terminated'), whatever its cause.
  if (top?.message === 'terminated') return result(Code.unexpected_end_of_stream, 'terminated');
  if (top?.name === 'TimeoutError') return result(Code.request_timeout, 'TimeoutError');
  for (const [code, systemCodes] of CODE_TABLE) {
    const hit = clues.find((clue) => clue.code !== undefined && systemCodes.includes(clue.code));
    if (hit?.code !== undefined) return result(code, hit.code);
  }
  for (const clue of clues) {
    const message = clue.message?.toLowerCase() ?? '';
    if (message.startsWith('getaddrinfo')) return result(Code.host_unresolved, clue.message ?? '');
    for (const [code, needles] of MESSAGE_TABLE) {
      if (needles.some((needle) => message.includes(needle))) return result(code, clue.message ?? '');
    }
  }
  if (top?.name === 'AbortError') return result(Code.connection_aborted, 'AbortError');
  // undici's generic wrapper with an unknown cause: something on the network failed.
  if (top?.name === 'TypeError' && top.message === 'fetch failed') {
    return result(Code.network_unavailable, 'fetch failed');
  }
  if (context.phase === 'body' && top?.name === 'TypeError') {
    return result(Code.unexpected_end_of_stream, top.message ?? 'TypeError');
  }
  return null;
}
