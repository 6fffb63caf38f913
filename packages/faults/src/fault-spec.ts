import { Code, ERROR_CODES } from '@icontact/errors';
import { z } from 'zod';
import {
  FAULT_KINDS,
  isRequestFaultKind,
  isUpstreamFaultKind,
  type RequestFaultKind,
  type UpstreamFaultKind,
} from './fault-kinds.js';
import { FaultSpecError } from './fault-spec-error.js';
import { issuesFromZod } from './spec-issue.js';

/** An ISO 8601 instant with a `Z` or an offset, e.g. `2026-11-24T04:00:00Z`. */
export const isoInstantSchema = z.iso.datetime({
  offset: true,
  error: 'expected an ISO 8601 instant with a Z or an offset, e.g. 2026-11-24T04:00:00Z',
});

/** A window of virtual time: `from` included, `to` excluded; either may be left open. */
export const timeWindowSchema = z
  .strictObject({
    /** The first instant the fault may strike (included). Default: open. */
    from: isoInstantSchema.optional(),
    /** The instant the fault stops striking (excluded). Default: open. */
    to: isoInstantSchema.optional(),
  })
  .superRefine((window, ctx) => {
    if (window.from === undefined && window.to === undefined) {
      ctx.addIssue({ code: 'custom', message: 'a window needs `from`, `to` or both', path: [] });
    } else if (
      window.from !== undefined &&
      window.to !== undefined &&
      !(+new Date(window.from) < +new Date(window.to))
    ) {
      ctx.addIssue({ code: 'custom', message: '`to` must be later than `from`', path: ['to'] });
    }
  });

const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

/**
 * Which requests a fault strikes. Every criterion given must hold; none given strikes every request.
 */
export const faultTargetSchema = z.strictObject({
  /** An operationId of the contract, or a glob over them (`sms*`). Default: any operation. */
  operation: z.string().min(1).optional(),
  /** An HTTP method, any case. Default: any method. */
  method: z
    .string()
    .transform((method) => method.toUpperCase())
    .pipe(z.enum(HTTP_METHODS, { error: `expected one of ${HTTP_METHODS.join(', ')}` }))
    .optional(),
  /** A glob over the path without its query (`/shifts/*\/sync`, `/auth/**`). Default: any path. */
  path: z.string().startsWith('/', { error: 'a path pattern starts with /' }).optional(),
  /** A login, exactly as the request's user has it. Default: any user, and requests with none. */
  user: z.string().min(1).optional(),
  /** The chance that a matching request is struck, drawn from the engine's seeded PRNG. Default: 1. */
  probability: z.number().min(0).max(1).optional(),
  /** Strike only the next N matching requests, then expire. Default: no limit. */
  times: z.int().positive().optional(),
  /**
   * Strike only the Nth attempt of a request (1 = the first), counted per `Idempotency-Key`, or per
   * method, path and user when the request has none. Default: every attempt.
   */
  attempt: z.int().positive().optional(),
  /** Strike only inside this window of virtual time. Default: always. */
  window: timeWindowSchema.optional(),
});

/** When a request fault strikes: before the request is applied, or after it was applied and committed. */
export const faultTimingSchema = z.enum(['before', 'after']);

const faultIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/, {
  error: 'an id is 1–64 letters, digits, ".", "_", ":" or "-", starting with a letter or a digit',
});

/** Fields every fault has besides its kind. */
const common = {
  /** A stable name for the fault (logs, counters, `remove`). Default: `<kind>-<n>` given by the engine. */
  id: faultIdSchema.optional(),
  /** Which requests it strikes. Default: `{}`, every request. */
  target: faultTargetSchema.default({}),
  /**
   * `before`: the request is not applied. `after`: the adapter applies and commits it, then the response
   * is lost (the ambiguous failure). Meaningful for request faults only. Default: `before`.
   */
  timing: faultTimingSchema.default('before'),
};

/** An HTTP error answer with a catalogue code: 400, 403, 410, 426, 429, 500, 502, 503, the sync "101"… */
export const httpFaultSchema = z.strictObject({
  kind: z.literal('http'),
  ...common,
  /** The HTTP status, 400–599. */
  status: z.int().min(400).max(599),
  /** The catalogue code for the body's `code`: one of `ERROR_CODES` of `@icontact/errors`. */
  code: z.enum(ERROR_CODES, {
    error: (issue) =>
      `${JSON.stringify(issue.input)} is not a catalogue code: use one of ERROR_CODES of @icontact/errors (e.g. bad_gateway)`,
  }),
  /** Seconds for `Retry-After` and the body's `retryAfter`. Default: no `Retry-After`. */
  retryAfter: z.int().min(0).optional(),
  /** The body's `detail`. Default: the catalogue's text for `code`. */
  detail: z.string().min(1).optional(),
  /** An app-level code in the body (`appCode: 101` for the sync "101 ошибка"). Default: none. */
  appCode: z.int().optional(),
});

/**
 * The modes of a follow-up loop. `redirect`, `401` and `407` make OkHttp give up with "Too many
 * follow-up requests: 21" (guide #14): it follows redirects itself, and a 401 or 407 through its
 * authenticator or proxy authenticator. `429` makes no OkHttp loop (OkHttp hands a 429 to the app): it
 * loops clients that retry a 429 after its `Retry-After: 0` on their own (the toolkit's SDK, until its
 * retry budget ends). See docs/faults.md.
 */
export const FOLLOW_UP_MODES = ['redirect', '401', '407', '429'] as const;
/** A mode of a follow-up loop; see {@link FOLLOW_UP_MODES}. */
export type FollowUpMode = (typeof FOLLOW_UP_MODES)[number];

/**
 * A follow-up loop: `redirect` (302 to itself forever, 307 for a request other than GET or HEAD so that
 * the method is kept), `401` (a token refresh that never helps), `407` (a proxy authentication that never
 * helps) or `429` (429 with `Retry-After: 0`, forever); see {@link FOLLOW_UP_MODES}.
 */
export const followUpLoopFaultSchema = z.strictObject({
  kind: z.literal('follow_up_loop'),
  ...common,
  /** What loops. */
  mode: z.enum(FOLLOW_UP_MODES),
});

/** Headers and part of the body are sent, then the socket is destroyed ("unexpected end of stream"). */
export const resetMidBodyFaultSchema = z.strictObject({
  kind: z.literal('reset_mid_body'),
  ...common,
  /** The share of the body sent before the reset, above 0 and below 1. Default: 0.5. */
  fraction: z.number().gt(0).lt(1).default(0.5),
});

/** The socket is destroyed before any byte of the response. */
export const abortFaultSchema = z.strictObject({
  kind: z.literal('abort'),
  ...common,
});

/**
 * The longest `latency` (and `jitter`) a fault may ask for: 5 minutes. A delay is held in a timer and
 * an open connection, so an unbounded one (from a header anyone can send) would keep them for ever.
 */
export const MAX_LATENCY_MS = 300_000;

/** The answer is delayed. */
export const latencyFaultSchema = z.strictObject({
  kind: z.literal('latency'),
  ...common,
  /** The delay in milliseconds, at most {@link MAX_LATENCY_MS}. */
  ms: z.int().min(0).max(MAX_LATENCY_MS),
  /**
   * A uniform ± spread around `ms` in milliseconds, drawn from the seeded PRNG; never below 0, at most
   * {@link MAX_LATENCY_MS}. Default: 0.
   */
  jitter: z.int().min(0).max(MAX_LATENCY_MS).default(0),
});

/** The mock's host is unreachable: connection refused. */
export const refuseFaultSchema = z.strictObject({
  kind: z.literal('refuse'),
  ...common,
});

/** The DNS responder fails to resolve the mock's hostname. */
export const dnsFailureFaultSchema = z.strictObject({
  kind: z.literal('dns_failure'),
  ...common,
  /**
   * `nodata`: the name exists with no address (Android's "No address associated with hostname",
   * EAI_NODATA); `nxdomain`: the name does not exist (ENOTFOUND). Default: `nodata`.
   */
  answer: z.enum(['nodata', 'nxdomain']).default('nodata'),
});

/** KOMPRA is down: the ИИН check fails although the data are right. */
export const kompraDownFaultSchema = z.strictObject({
  kind: z.literal('kompra_down'),
  ...common,
});

/** KOMPRA answers late. */
export const kompraSlowFaultSchema = z.strictObject({
  kind: z.literal('kompra_slow'),
  ...common,
  /** How long KOMPRA takes to answer, in milliseconds. */
  ms: z.int().positive(),
});

/** The SMS gateway is down (HTTP 503). */
export const smsGatewayDownFaultSchema = z.strictObject({
  kind: z.literal('sms_gateway_down'),
  ...common,
});

/** The SMS gateway accepts the message, but the consumer never gets the code. */
export const smsNotDeliveredFaultSchema = z.strictObject({
  // not-an-error-code: a fault kind, named after the advisory code it leads to
  kind: z.literal('sms_not_delivered'),
  ...common,
});

const REQUEST_ONLY_TARGET_KEYS = ['operation', 'method', 'path', 'user', 'attempt'] as const;

/**
 * One fault: its `kind`, the fields of that kind, `target` and `timing`. Unknown fields are refused, so
 * that a misspelt field never silently widens a fault.
 */
export const faultSpecSchema = z
  .discriminatedUnion(
    'kind',
    [
      httpFaultSchema,
      followUpLoopFaultSchema,
      resetMidBodyFaultSchema,
      abortFaultSchema,
      latencyFaultSchema,
      refuseFaultSchema,
      dnsFailureFaultSchema,
      kompraDownFaultSchema,
      kompraSlowFaultSchema,
      smsGatewayDownFaultSchema,
      smsNotDeliveredFaultSchema,
    ],
    { error: `expected a fault with a \`kind\`, one of ${FAULT_KINDS.join(', ')}` },
  )
  .superRefine((fault, ctx) => {
    if (fault.kind === 'http' && fault.code === Code.sync_failed && fault.timing === 'after') {
      // Decision 0001: the sync "101 ошибка" applies nothing of the batch.
      ctx.addIssue({
        code: 'custom',
        path: ['timing'],
        message:
          'a sync_failed ("101 ошибка") applies nothing of the batch (decision 0001): use timing "before"; for a batch applied and its answer lost, use reset_mid_body or abort with timing "after"',
      });
    }
    if (isRequestFaultKind(fault.kind)) return;
    for (const key of REQUEST_ONLY_TARGET_KEYS) {
      if (fault.target[key] !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['target', key],
          message: `a ${fault.kind} fault strikes no single request: target it by window, times or probability only`,
        });
      }
    }
    if (fault.timing === 'after') {
      ctx.addIssue({
        code: 'custom',
        path: ['timing'],
        message: `timing "after" needs a request to apply first; a ${fault.kind} fault strikes before any`,
      });
    }
  });

/** A fault spec as written (JSON, YAML, the admin API): defaults may be left out. */
export type FaultSpecInput = z.input<typeof faultSpecSchema>;
/** A validated fault spec, defaults filled in. */
export type FaultSpec = z.output<typeof faultSpecSchema>;
/** A validated target. */
export type FaultTarget = z.output<typeof faultTargetSchema>;
/** `before` or `after`. */
export type FaultTiming = z.output<typeof faultTimingSchema>;
/** A validated window of virtual time. */
export type TimeWindow = z.output<typeof timeWindowSchema>;
/** A validated fault of one kind, e.g. `FaultSpecOf<'http'>`. */
export type FaultSpecOf<K extends FaultSpec['kind']> = Extract<FaultSpec, { kind: K }>;

/**
 * Validates a fault spec.
 *
 * @throws {@link FaultSpecError} naming the path and the problem of every issue found.
 */
export function parseFaultSpec(input: unknown): FaultSpec {
  const result = faultSpecSchema.safeParse(input);
  if (!result.success) throw new FaultSpecError('spec', issuesFromZod(result.error));
  return result.data;
}

/** A validated fault that strikes a request (`http`, `follow_up_loop`, `reset_mid_body`, `abort`, `latency`). */
export type RequestFaultSpec = FaultSpecOf<RequestFaultKind>;

/** Whether a validated fault strikes a request (it is answered by `decide`). */
export function isRequestFault(spec: FaultSpec): spec is RequestFaultSpec {
  return isRequestFaultKind(spec.kind);
}

/** A validated upstream fault (`kompra_down`, `kompra_slow`, `sms_gateway_down`, `sms_not_delivered`). */
export type UpstreamFaultSpec = FaultSpecOf<UpstreamFaultKind>;

/** Whether a validated fault is a state of an upstream (it is answered by `upstream`). */
export function isUpstreamFault(spec: FaultSpec): spec is UpstreamFaultSpec {
  return isUpstreamFaultKind(spec.kind);
}
