import { checkAppVersion, parseClientKind } from '@icontact/domain';
import { Code } from '@icontact/errors';
import {
  FAULT_HEADER,
  type FaultDecision,
  FaultSpecError,
  formatPath,
  parseFaultHeader,
  type RequestFaultSpec,
} from '@icontact/faults';
import type { BackendCore } from '../backend/backend-core.js';
import { ApiError, refuse } from '../http/api-error.js';
import type { BackendRequest, BackendResponse, BackendResult } from '../http/backend-request.js';
import { errorResponse } from '../http/error-response.js';
import { normaliseHeaders } from '../http/headers.js';
import { jsonResponse } from '../http/json-response.js';
import { requestIdFrom, withRequestId } from '../http/request-id.js';
import { requestFingerprint } from '../idempotency/request-fingerprint.js';
import { requestFinishedEvent } from '../observe/request-finished.js';
import type { OperationContext, OperationHandler, Session } from '../operations/operation-context.js';
import { closeOverdueShifts } from '../rules/close-overdue-shifts.js';
import { pruneExpired } from '../state/prune-expired.js';
import { authenticate, peekUserLogin } from './authenticate.js';
import { beforeFaultResponse, followUpResponse, httpFaultResponse } from './fault-responses.js';
import { peekLogin, readJsonBody } from './read-body.js';
import { validateBody, validateParameters } from './validate-request.js';
import { waitForLatency } from './wait-for-latency.js';

/** How an operation is served: its handler, and whether it validates its own body. */
export interface OperationEntry {
  readonly handle: OperationHandler;
  /**
   * `schema` (default): the body is validated against the operation's schema first. `custom`: the
   * handler validates it (the sync batch answers each item on its own).
   */
  readonly body?: 'schema' | 'custom';
}

/** The operation that is never refused for an outdated app: how an outdated tablet learns it must update. */
const VERSION_OPERATION = 'getAppVersion';
const UNROUTED = 'unknown';

/**
 * Serves one request: routing, the fault engine (asked once), the app version, the session,
 * the body and parameters, idempotency, the operation, and the wire fault to hand back if one struck.
 */
export async function handleRequest(
  core: BackendCore,
  operations: ReadonlyMap<string, OperationEntry>,
  request: BackendRequest,
): Promise<BackendResult> {
  const requestId = requestIdFrom(request.headers);
  const started = Date.now();
  const now = core.clock.now();
  const headers = normaliseHeaders(request.headers);
  const url = new URL(request.url, 'http://backend.invalid');
  const method = request.method.toUpperCase();
  const route = core.spec.router.match(method, url.pathname);
  const operationId = route.kind === 'operation' ? route.operation.operationId : UNROUTED;
  const specPath = url.pathname.startsWith(core.spec.basePath)
    ? url.pathname.slice(core.spec.basePath.length) || '/'
    : url.pathname;

  let struck: FaultDecision | null = null;
  const finish = (answer: BackendResult): BackendResult => {
    const result = stampRequestId(answer, requestId);
    if (core.onRequestFinished !== undefined) notifyFinished(result);
    const status = result.kind === 'response' ? result.status : (result.response?.status ?? 0);
    if (result.kind === 'response') core.metrics.count(operationId, status);
    else core.metrics.countWireFault(result.fault.action.kind);
    core.logger.info(
      {
        requestId,
        method,
        path: url.pathname,
        operationId,
        status,
        ...(result.kind === 'wire_fault'
          ? { fault: result.fault.faultId, faultKind: result.fault.action.kind }
          : {}),
        virtualTime: now.toISOString(),
        ms: Date.now() - started,
        ...(request.remoteAddress === undefined ? {} : { remoteAddress: request.remoteAddress }),
      },
      'request',
    );
    return result;
  };

  let headerFaults: RequestFaultSpec[] = [];
  const faultHeader = headers.get(FAULT_HEADER.toLowerCase());
  if (faultHeader !== undefined) {
    try {
      headerFaults = [parseFaultHeader(faultHeader)];
    } catch (error) {
      if (!(error instanceof FaultSpecError)) throw error;
      const errors = error.issues.map((issue) => ({
        field: `header.${FAULT_HEADER}.${formatPath(issue.path)}`,
        code: 'invalid',
        message: issue.message,
      }));
      return finish({
        kind: 'response',
        ...errorResponse(refuse(Code.validation_failed, { errors }), requestId),
      });
    }
  }

  const user = operationId === 'obtainToken' ? peekLogin(request.bodyText) : peekUserLogin(core, headers);
  const idempotencyKey = headers.get('idempotency-key');
  const decision: FaultDecision | null = core.faults.decide({
    ...(route.kind === 'operation' ? { operationId } : {}),
    method,
    path: specPath,
    ...(user === undefined ? {} : { user }),
    ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
    headerFaults,
  });
  struck = decision;

  if (decision?.timing === 'before' && decision.action.kind !== 'latency') {
    core.logger.warn(
      { requestId, fault: decision.faultId, kind: decision.action.kind },
      'fault before the request',
    );
    const response = beforeFaultResponse(decision, method, request.url, requestId);
    if (decision.action.kind === 'http' && response) return finish({ kind: 'response', ...response });
    return finish(
      response === null
        ? { kind: 'wire_fault', fault: decision }
        : { kind: 'wire_fault', fault: decision, response },
    );
  }

  if (decision?.timing === 'before' && decision.action.kind === 'latency') {
    // Before means before: the request is applied only once the delay has passed, and not at all when
    // the client went away meanwhile (a client that timed out finds nothing applied).
    const waited = await waitForLatency(decision.action.delayMs, request.signal);
    if (!waited) {
      core.logger.warn({ requestId, fault: decision.faultId }, 'client gone during the latency: not applied');
      return finish({ kind: 'response', ...errorResponse(clientGone(), requestId) });
    }
    return finish({ kind: 'response', ...(await respond()) });
  }

  const response = await respond();

  if (decision === null) return finish({ kind: 'response', ...response });
  core.logger.warn(
    { requestId, fault: decision.faultId, kind: decision.action.kind },
    'fault after the request',
  );
  switch (decision.action.kind) {
    case 'http':
      return finish({ kind: 'response', ...httpFaultResponse(decision.action, requestId) });
    case 'follow_up_loop':
      return finish({
        kind: 'wire_fault',
        fault: decision,
        response: followUpResponse(decision.action.mode, method, request.url, requestId),
      });
    default:
      return finish({ kind: 'wire_fault', fault: decision, response });
  }

  function notifyFinished(result: BackendResult): void {
    try {
      core.onRequestFinished?.(
        requestFinishedEvent({
          requestId,
          started,
          now,
          method,
          path: url.pathname,
          operationId,
          user: operationId === 'obtainToken' ? peekLogin(request.bodyText) : peekUserLogin(core, headers),
          request,
          result,
          fault: struck,
        }),
      );
    } catch (error) {
      core.logger.error({ requestId, err: error }, 'a request-finished listener threw');
    }
  }

  async function respond(): Promise<BackendResponse> {
    try {
      return await serve();
    } catch (error) {
      if (error instanceof ApiError) return errorResponse(error, requestId);
      core.logger.error({ requestId, operationId, err: error }, 'operation failed');
      return errorResponse(new ApiError(Code.internal_server_error), requestId);
    }
  }

  async function serve(): Promise<BackendResponse> {
    if (route.kind === 'no_route') {
      throw refuse(Code.not_found, undefined, { detail: 'Not found.' });
    }
    if (route.kind === 'wrong_method') {
      throw refuse(Code.method_not_allowed, undefined, {
        detail: `Method "${method}" not allowed.`,
        headers: { allow: route.allow.join(', ') },
      });
    }
    const { operation } = route;
    const entry = operations.get(operation.operationId);
    if (!entry) throw new Error(`No handler for operation ${operation.operationId}`);
    const clientKind = parseClientKind(headers.get('x-client-kind'));

    if (operation.operationId !== VERSION_OPERATION) {
      const version = checkAppVersion({
        clientKind,
        appVersion: headers.get('x-app-version'),
        minimumVersion: core.config.minimumAppVersion,
      });
      if (!version.ok) throw refuse(Code.app_version_outdated, { minimumVersion: version.minimumVersion });
    }

    closeOverdueShifts(core, now);
    pruneExpired(core.store, now);
    const session: Session | null = operation.public ? null : authenticate(core, headers, clientKind, now);
    const rawBody =
      operation.body === null ? undefined : readJsonBody(request.bodyText, headers, core.config.bodyBytes);
    const parameters = validateParameters(
      core.spec.validator,
      operation,
      route.params,
      url.searchParams,
      headers,
    );
    const body = entry.body === 'custom' ? rawBody : validateBody(core.spec.validator, operation, rawBody);

    const context: OperationContext = {
      core,
      requestId,
      now,
      operation,
      params: parameters.path,
      query: parameters.query,
      headers,
      body,
      clientKind,
      session,
    };

    if (!operation.idempotent || idempotencyKey === undefined) return run(entry, context);
    const claim = core.idempotency.claim(
      { userId: session?.user.id ?? 'anonymous', operationId: operation.operationId, key: idempotencyKey },
      requestFingerprint(url.pathname, url.search.replace(/^\?/, ''), body),
      now,
    );
    switch (claim.kind) {
      case 'in_progress':
        throw refuse(Code.idempotency_request_in_progress, undefined, { retryAfter: 1 });
      case 'reused':
        throw refuse(Code.idempotency_key_reused);
      case 'replay':
        return claim.response;
      case 'new':
        try {
          const answer = await run(entry, context);
          claim.complete(answer);
          return answer;
        } catch (error) {
          if (error instanceof ApiError) {
            const answer = errorResponse(error, requestId);
            claim.complete(answer);
            return answer;
          }
          claim.release();
          throw error;
        }
    }
  }

  async function run(entry: OperationEntry, context: OperationContext): Promise<BackendResponse> {
    const reply = await entry.handle(context);
    return jsonResponse(reply.status, reply.body, { ...reply.headers, 'x-request-id': requestId });
  }
}

/** The result with the request's one id in its header and error body (a replay carries the first request's). */
function stampRequestId(result: BackendResult, requestId: string): BackendResult {
  if (result.kind === 'response') return withRequestId(result, requestId);
  return result.response === undefined
    ? result
    : { ...result, response: withRequestId(result.response, requestId) };
}

/** What a request whose client left during a `before` latency answers (nobody reads it). */
function clientGone(): ApiError {
  return new ApiError(Code.service_unavailable, {
    detail: 'The client went away during the injected latency: the request was not applied.',
  });
}
