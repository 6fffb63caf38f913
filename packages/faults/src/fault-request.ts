import type { FaultSpec } from './fault-spec.js';

/** What the engine needs to know about a request to decide whether a fault strikes it. */
export interface FaultRequest {
  /** The contract's operationId, when the adapter knows it. */
  readonly operationId?: string;
  /** The HTTP method, any case. */
  readonly method: string;
  /** The request path; a query string or fragment is ignored. */
  readonly path: string;
  /** The login of the authenticated user (or the one logging in), when there is one. */
  readonly user?: string;
  /** The request's `Idempotency-Key`, when it has one. */
  readonly idempotencyKey?: string;
  /**
   * One-off faults the request carries in its `X-Mock-Fault` header, parsed with `parseFaultHeader`.
   * They are tried before the registered faults. Default: none.
   */
  readonly headerFaults?: readonly FaultSpec[];
}

/** The request with its method upper-cased and its path stripped of query and fragment. */
export interface NormalisedRequest {
  readonly operationId: string | undefined;
  readonly method: string;
  readonly path: string;
  readonly user: string | undefined;
  readonly idempotencyKey: string | undefined;
}

/** Upper-cases the method and drops the query and fragment from the path. */
export function normaliseRequest(request: FaultRequest): NormalisedRequest {
  const cut = request.path.search(/[?#]/);
  return {
    operationId: request.operationId,
    method: request.method.toUpperCase(),
    path: cut === -1 ? request.path : request.path.slice(0, cut),
    user: request.user,
    idempotencyKey: request.idempotencyKey,
  };
}

/**
 * What makes two requests attempts of the same request: the same `Idempotency-Key`, or, without one,
 * the same method, path and user.
 */
export function attemptIdentity(request: NormalisedRequest): string {
  if (request.idempotencyKey !== undefined && request.idempotencyKey !== '') {
    return `key\u0000${request.idempotencyKey}`;
  }
  return `req\u0000${request.method}\u0000${request.path}\u0000${request.user ?? ''}`;
}
