/**
 * The `FAULTS` variable of the load scripts: a short, comma-separated mix of faults that `setup()`
 * registers on the mock through its admin API, e.g. `FAULTS=502:0.05,reset@after:0.02,kompra_down`.
 *
 * Grammar: `entry (',' entry)*`, `entry = name ['@' timing] ['#' attempt] [':' probability]`.
 *
 * | name            | fault registered (see docs/faults.md)                                     |
 * |-----------------|---------------------------------------------------------------------------|
 * | `429`           | HTTP 429 `rate_limited`, `Retry-After: 1`                                 |
 * | `500`           | HTTP 500 `internal_server_error`                                          |
 * | `502`           | HTTP 502 `bad_gateway`                                                    |
 * | `503`           | HTTP 503 `service_unavailable`, `Retry-After: 1`                          |
 * | `101`           | the sync "101 ошибка": HTTP 500 `sync_failed`, `appCode: 101`, on uploads |
 * | `reset`         | the connection is cut mid-body ("unexpected end of stream")               |
 * | `abort`         | the connection is closed before any byte of the answer                   |
 * | `latency<ms>`   | the answer is delayed by `<ms>` milliseconds (e.g. `latency200`)          |
 * | `kompra_down`   | KOMPRA is down (the ИИН check fails; the sync path must not care)        |
 * | `sms_down`      | the SMS gateway is down                                                    |
 *
 * `timing` is `before` (default: the request is not applied) or `after` (applied and committed, then
 * the answer is lost: the ambiguous failure that makes naive clients duplicate writes); only request
 * faults have one. `#n` strikes only the nth attempt of each request (counted by the mock per
 * `Idempotency-Key`, or per method, path and user): `reset@after#1` loses the first answer of every
 * request, so every write is retried once. A request fault needs a probability (0 < p ≤ 1) or an
 * attempt: a fault on every attempt of every request would stop every flow. An upstream fault without
 * a probability is always on.
 */

import type { FaultSpecInput } from '@icontact/faults';
import { Code, type ErrorCode } from './error-codes.ts';

/** A fault of the mix, ready for the admin API, with the entry it came from. */
export interface MixedFault {
  /** The entry as written, e.g. `502@after:0.05`. */
  readonly entry: string;
  /** The fault spec to register. */
  readonly spec: FaultSpecInput;
}

/** A `FAULTS` value that does not parse; the message says what to write instead. */
export class FaultMixError extends Error {
  override readonly name = 'FaultMixError';
  /** The entry that failed. */
  readonly entry: string;
  constructor(entry: string, problem: string) {
    super(
      `FAULTS entry "${entry}": ${problem}. Write name[@before|@after][#attempt][:probability], e.g. FAULTS=502:0.05,reset@after#1,kompra_down`,
    );
    this.entry = entry;
  }
}

interface HttpFaultShape {
  readonly status: number;
  readonly code: ErrorCode;
  readonly retryAfter?: number;
  readonly appCode?: number;
  /** Only on uploads (`POST /shifts/{id}/sync`). */
  readonly uploadsOnly?: boolean;
  /** Why this fault takes no `@after`, when it takes none (the mock refuses it too). */
  readonly beforeOnly?: string;
}

const HTTP_FAULTS: Readonly<Record<string, HttpFaultShape>> = {
  '429': { status: 429, code: Code.rate_limited, retryAfter: 1 },
  '500': { status: 500, code: Code.internal_server_error },
  '502': { status: 502, code: Code.bad_gateway },
  '503': { status: 503, code: Code.service_unavailable, retryAfter: 1 },
  '101': {
    status: 500,
    code: Code.sync_failed,
    appCode: 101,
    uploadsOnly: true,
    beforeOnly:
      'the "101 ошибка" applies nothing of the batch (decision 0001), so it takes no @after: for a batch applied and its answer lost, write reset@after',
  },
};

/** The contract's operationId of the upload (`POST /shifts/{shiftId}/sync`). */
export const UPLOAD_OPERATION = 'syncContacts';

const UPSTREAM_FAULTS = { kompra_down: 'kompra_down', sms_down: 'sms_gateway_down' } as const;
const ENTRY = /^([a-z0-9_]+?)(\d+)?(?:@(before|after))?(?:#(\d+))?(?::([0-9.]+))?$/;

function parseProbability(entry: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const probability = Number(raw);
  if (!Number.isFinite(probability) || probability <= 0 || probability > 1) {
    throw new FaultMixError(entry, `the probability "${raw}" must be a number above 0 and at most 1`);
  }
  return probability;
}

// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: the fault-mix grammar's entry kinds, each a branch with its refusal
function parseEntry(entry: string, index: number): MixedFault {
  const match = ENTRY.exec(entry);
  if (!match) throw new FaultMixError(entry, 'it does not read as name[@timing][#attempt][:probability]');
  const [, word = '', digits, timingRaw, attemptRaw, probabilityRaw] = match;
  const name = `${word}${digits ?? ''}`;
  const probability = parseProbability(entry, probabilityRaw);
  const timing = timingRaw === 'after' ? 'after' : 'before';
  const id = `k6-${index + 1}-${name}`;

  const upstream = UPSTREAM_FAULTS[name as keyof typeof UPSTREAM_FAULTS];
  if (upstream !== undefined) {
    if (timingRaw !== undefined || attemptRaw !== undefined) {
      throw new FaultMixError(entry, `${name} strikes no single request, so it takes no @timing or #attempt`);
    }
    const target = probability === undefined ? {} : { probability };
    return { entry, spec: { kind: upstream, id, target } };
  }
  const attempt = attemptRaw === undefined ? undefined : Number(attemptRaw);
  if (attempt === 0) throw new FaultMixError(entry, 'attempts count from 1 (#1 is the first attempt)');
  if (probability === undefined && attempt === undefined) {
    throw new FaultMixError(
      entry,
      `${name} strikes requests: give it a probability or an attempt, e.g. ${name}:0.05 or ${name}#1`,
    );
  }
  const target = {
    ...(probability === undefined ? {} : { probability }),
    ...(attempt === undefined ? {} : { attempt }),
  };
  const http = HTTP_FAULTS[name];
  if (http !== undefined) {
    if (http.beforeOnly !== undefined && timing === 'after') throw new FaultMixError(entry, http.beforeOnly);
    const spec: FaultSpecInput = {
      kind: 'http',
      id,
      timing,
      target: http.uploadsOnly ? { ...target, operation: UPLOAD_OPERATION } : target,
      status: http.status,
      code: http.code,
      ...(http.retryAfter === undefined ? {} : { retryAfter: http.retryAfter }),
      ...(http.appCode === undefined ? {} : { appCode: http.appCode }),
    };
    return { entry, spec };
  }
  if (name === 'reset') return { entry, spec: { kind: 'reset_mid_body', id, timing, target } };
  if (name === 'abort') return { entry, spec: { kind: 'abort', id, timing, target } };
  if (word === 'latency' && digits !== undefined) {
    return { entry, spec: { kind: 'latency', id, timing, target, ms: Number(digits) } };
  }
  throw new FaultMixError(
    entry,
    `unknown fault "${name}"; known: ${[...Object.keys(HTTP_FAULTS), 'reset', 'abort', 'latency<ms>', ...Object.keys(UPSTREAM_FAULTS)].join(', ')}`,
  );
}

/**
 * Parses a `FAULTS` value into fault specs, in order. An empty value or `none` is no fault.
 *
 * @throws {@link FaultMixError} naming the first entry that does not parse.
 */
export function parseFaultMix(value: string | undefined): MixedFault[] {
  const text = (value ?? '').trim();
  if (text === '' || text === 'none') return [];
  return text
    .split(',')
    .map((entry) => entry.trim())
    .map((entry, index) => {
      if (entry === '') throw new FaultMixError(entry, 'an entry is empty (two commas in a row?)');
      return parseEntry(entry, index);
    });
}
