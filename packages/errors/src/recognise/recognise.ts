import { catalogue } from '../catalogue.js';
import { Code, isErrorCode } from '../code.js';
import type { ErrorCode } from '../codes.js';
import type { ErrorEntry } from '../entry.js';
import type { Operation } from '../operation.js';
import { FOREIGN_BODY_CODES } from './foreign-codes.js';
import { readBody } from './read-body.js';
import { parseRetryAfterHeader, retryAfterInText } from './retry-after.js';
import { statusInText } from './status-in-text.js';
import { codeForStatus } from './status-table.js';
import { matchesText, sameText } from './text-match.js';

/** What a client saw of a failure. Every field is optional; give all you have. */
export interface SeenFailure {
  /** The HTTP status, when an answer came. */
  readonly status?: number;
  /**
   * The parsed response body, as it came: ours `{ detail, code, retryAfter, ... }`, SimpleJWT's bare
   * `{ detail }`, a DRF serializer's `{ field: [messages] }`, or a plain-text body as a string.
   */
  readonly body?: unknown;
  /**
   * The text of a thrown error or of the app's screen: an OkHttp or Java message, undici's message
   * (best with its `cause` chain joined in, e.g. "fetch failed: getaddrinfo ENOTFOUND icontact.invalid"),
   * a browser's TypeError message.
   */
  readonly message?: string;
  /** The `Retry-After` header's value, when the answer had one (delta-seconds; an HTTP-date is ignored). */
  readonly retryAfter?: string | number;
  /** What the client was doing; it narrows what a bare status means (a 500 at `checkIin` …). */
  readonly operation?: Operation;
}

/** How `recognise` found the code. */
export type RecognisedBy = 'body_code' | 'text' | 'status' | 'fallback';

/** The catalogue code a failure is, and what else recognition learnt. */
export interface Recognition {
  /** The catalogue code. */
  readonly code: ErrorCode;
  /**
   * What decided it: the body's `code` (ours or a DRF/SimpleJWT alias), a text of the body or the
   * message, the HTTP status (given, or named in a text), or nothing (`unknown_error`).
   */
  readonly by: RecognisedBy;
  /** Seconds to wait before retrying, when the answer said so (header, body, or DRF's throttling text). */
  readonly retryAfter?: number;
}

/** Entries recognised by text only when nothing more specific matched: their texts are generic. */
const GENERIC_TEXT_CODES: ReadonlySet<ErrorCode> = new Set([Code.network_unavailable]);

/**
 * Finds the catalogue code for what a client saw, in this order:
 * 1. a body `code` that is one of ours (or a DRF/SimpleJWT default code that means one of ours);
 * 2. a text (the body's `detail`, then the message) equal to an entry's `appText` or caught by one of
 *    its `matchers`; when several entries match, the one whose HTTP status equals `status` wins,
 *    else the first in catalogue order; texts that name nothing but a status ("HTTP 500 Internal
 *    Server Error", "Ошибка 403") are left to step 3;
 * 3. the status, given or named in a text, read with the operation (`STATUS_RULES`);
 * 4. a generic network text ("fetch failed", "Failed to fetch" …) → `network_unavailable`;
 * 5. otherwise `unknown_error`.
 *
 * Pure: the same input always gives the same answer.
 */
export function recognise(seen: SeenFailure): Recognition {
  const body = readBody(seen.body);
  const texts = [...body.texts, ...(seen.message === undefined ? [] : [seen.message])];
  const retryAfter =
    parseRetryAfterHeader(seen.retryAfter) ?? body.retryAfter ?? firstDefined(texts, retryAfterInText);
  const found = (code: ErrorCode, by: RecognisedBy): Recognition =>
    retryAfter === undefined ? { code, by } : { code, by, retryAfter };

  if (body.code !== undefined) {
    if (isErrorCode(body.code)) return found(body.code, 'body_code');
    const alias = FOREIGN_BODY_CODES[body.code];
    if (alias !== undefined) return found(alias, 'body_code');
  }
  const specific = firstDefined(texts, (text) => matchText(text, seen.status, false));
  if (specific !== undefined) return found(specific, 'text');
  const status = seen.status ?? firstDefined(texts, statusInText);
  if (status !== undefined && status >= 400) return found(codeForStatus(status, seen.operation), 'status');
  const generic = firstDefined(texts, (text) => matchText(text, seen.status, true));
  if (generic !== undefined) return found(generic, 'text');
  return found(Code.unknown_error, 'fallback');
}

function matchText(text: string, status: number | undefined, generic: boolean): ErrorCode | undefined {
  const candidates = catalogue.filter(
    (entry) => GENERIC_TEXT_CODES.has(entry.code) === generic && recognisesText(entry, text),
  );
  const sameStatus = candidates.find((entry) => entry.wire.kind === 'http' && entry.wire.status === status);
  return (sameStatus ?? candidates[0])?.code;
}

function recognisesText(entry: ErrorEntry, text: string): boolean {
  if (statusInText(entry.appText) === undefined && sameText(entry.appText, text)) return true;
  return entry.matchers.some((matcher) => matchesText(matcher, text));
}

function firstDefined<T>(texts: readonly string[], pick: (text: string) => T | undefined): T | undefined {
  for (const text of texts) {
    const value = pick(text);
    if (value !== undefined) return value;
  }
  return undefined;
}
