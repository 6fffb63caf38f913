import { type ErrorCode, isErrorCode } from '@icontact/errors';
import type { FaultDecision, FaultSource, FaultTiming, RequestFaultAction } from '@icontact/faults';
import type { BackendRequest, BackendResponse, BackendResult } from '../http/backend-request.js';

/** The fault that struck a request, as a request log shows it. */
export interface StruckFault {
  /** The fault's id (`header` for an unnamed `X-Mock-Fault`). */
  readonly id: string;
  /** Registered with the engine, or carried by the request's `X-Mock-Fault` header. */
  readonly source: FaultSource;
  /** `before` (the request was not applied) or `after` (applied, then its answer lost or replaced). */
  readonly timing: FaultTiming;
  /** Which attempt of the request it struck (1 for the first). */
  readonly attempt: number;
  /** What the adapter does on the wire: an error answer, a loop, a cut body, an abort, a delay. */
  readonly action: RequestFaultAction;
}

/**
 * One request the backend has finished: what a live request log shows. Emitted once per
 * {@link Backend.handle} call, through `BackendOptions.onRequestFinished`, when the result is known —
 * before an adapter carries out a wire fault (a `latency` fault with timing `after` is delayed by the
 * adapter afterwards, by `fault.action.delayMs`; one with timing `before` is waited out in here).
 */
export interface RequestFinishedEvent {
  /** The id the backend gave the request (the error body's `requestId`). */
  readonly requestId: string;
  /** The real instant the request arrived, ISO 8601 UTC. */
  readonly realTime: string;
  /** The virtual instant the request was served at, ISO 8601 UTC. */
  readonly virtualTime: string;
  /** The method, upper case. */
  readonly method: string;
  /** The path as sent, without the query. */
  readonly path: string;
  /** The contract's operationId, or `unknown` for a path the contract does not have. */
  readonly operationId: string;
  /** The login of the user making the request (from its token, or the login body); absent: anonymous. */
  readonly user?: string;
  /** The status sent, or `0` when no answer is sent at all (an `abort` before any byte). */
  readonly status: number;
  /** The error body's catalogue `code`; absent for a success or a body without a known code. */
  readonly code?: ErrorCode;
  /** The fault that struck the request; absent when none did. */
  readonly fault?: StruckFault;
  /** Milliseconds the backend spent on it, a `before` latency included (not an `after` one, nor a cut). */
  readonly durationMs: number;
  /** The request as the adapter handed it over. */
  readonly request: BackendRequest;
  /** The answer sent (or cut, or delayed); absent when no answer exists (an `abort` before the request). */
  readonly response?: BackendResponse;
}

/** A function told of each finished request. It must not throw; a throw is caught and logged. */
export type RequestFinishedListener = (event: RequestFinishedEvent) => void;

/** What the pipeline knows of a request when it finishes. */
export interface FinishedRequestFacts {
  readonly requestId: string;
  readonly started: number;
  readonly now: Date;
  readonly method: string;
  readonly path: string;
  readonly operationId: string;
  readonly user: string | undefined;
  readonly request: BackendRequest;
  readonly result: BackendResult;
  /** The fault that struck, also for an `http` fault whose answer comes back as a plain response. */
  readonly fault: FaultDecision | null;
}

function codeOf(response: BackendResponse | undefined): ErrorCode | undefined {
  const body = response?.body;
  if (typeof body !== 'object' || body === null) return undefined;
  const code = (body as { code?: unknown }).code;
  return typeof code === 'string' && isErrorCode(code) ? code : undefined;
}

/** Builds the event of a finished request. */
export function requestFinishedEvent(facts: FinishedRequestFacts): RequestFinishedEvent {
  const { result, fault } = facts;
  const response: BackendResponse | undefined =
    result.kind === 'response'
      ? { status: result.status, headers: result.headers, body: result.body }
      : result.response;
  const code = codeOf(response);
  return {
    requestId: facts.requestId,
    realTime: new Date(facts.started).toISOString(),
    virtualTime: facts.now.toISOString(),
    method: facts.method,
    path: facts.path,
    operationId: facts.operationId,
    ...(facts.user === undefined ? {} : { user: facts.user }),
    status:
      result.kind === 'wire_fault' && result.fault.action.kind === 'abort' ? 0 : (response?.status ?? 0),
    ...(code === undefined ? {} : { code }),
    ...(fault === null
      ? {}
      : {
          fault: {
            id: fault.faultId,
            source: fault.source,
            timing: fault.timing,
            attempt: fault.attempt,
            action: fault.action,
          },
        }),
    durationMs: Date.now() - facts.started,
    request: facts.request,
    ...(response === undefined ? {} : { response }),
  };
}
