import { parseClientKind } from '@icontact/domain';
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
import { normaliseHeaders, type RequestHeaders } from '../http/headers.js';
import { jsonResponse } from '../http/json-response.js';
import { requestIdFrom, withRequestId } from '../http/request-id.js';
import type { RouteMatch } from '../http/router.js';
import type { IdempotencyClaim } from '../idempotency/idempotency-keys.js';
import { requestFingerprint } from '../idempotency/request-fingerprint.js';
import {
  contextOf,
  type OperationContext,
  type OperationEntry,
  type Session,
} from '../operations/operation-context.js';
import { createAppVersionGate } from './app-version-gate.js';
import { authenticate, peekUserLogin } from './authenticate.js';
import { type Chores, createChores } from './chores.js';
import { beforeFaultResponse, followUpResponse, httpFaultResponse } from './fault-responses.js';
import { peekLogin, readJsonBody } from './read-body.js';
import { reportFinished } from './report-finished.js';
import { requestTarget } from './request-target.js';
import { validateBody, validateParameters } from './validate-request.js';
import { waitForLatency } from './wait-for-latency.js';

/** The request pipeline of one backend. */
export interface RequestPipeline {
  /** Serves one request. */
  handle(request: BackendRequest): Promise<BackendResult>;
}

/** The operation that is never refused for an outdated app: how an outdated tablet learns it must update. */
const VERSION_OPERATION = 'getAppVersion';
const UNROUTED = 'unknown';

/** What the pipeline keeps between requests: the chores' bookkeeping and the remembered version checks. */
interface PipelineState {
  readonly chores: Chores;
  readonly appVersion: ReturnType<typeof createAppVersionGate>;
}

/** What every stage knows of the request once it has been read and routed. */
interface Inbound {
  readonly request: BackendRequest;
  readonly requestId: string;
  /** Real ms when it arrived, for the log's duration. */
  readonly started: number;
  /** The virtual instant it arrived. */
  readonly now: Date;
  readonly method: string;
  readonly headers: RequestHeaders;
  readonly path: string;
  readonly query: string;
  /** The route, looked up once. */
  readonly route: RouteMatch;
  readonly operationId: string;
}

/**
 * The pipeline, in named stages: {@link readInbound} (read and route once), {@link decideFault} (the
 * fault header, the fault engine asked once), {@link serve} (checks, idempotency, the operation in one
 * transaction with its stored answer), the fault that strikes after, and {@link reportFinished} (metrics,
 * log, observers). The state's chores run when they are due, not on every request.
 */
export function createRequestPipeline(
  core: BackendCore,
  operations: ReadonlyMap<string, OperationEntry>,
): RequestPipeline {
  const state: PipelineState = { chores: createChores(core), appVersion: createAppVersionGate() };
  return {
    handle: async (request) => {
      const inbound = readInbound(core, request);
      let user: string | undefined;
      let struck: FaultDecision | null = null;
      const finish = (answer: BackendResult): BackendResult => {
        const result = stampRequestId(answer, inbound.requestId);
        reportFinished(core, {
          requestId: inbound.requestId,
          started: inbound.started,
          now: inbound.now,
          method: inbound.method,
          path: inbound.path,
          operationId: inbound.operationId,
          user,
          request,
          result,
          fault: struck,
        });
        return result;
      };
      const headerFaults = readFaultHeader(inbound);
      if (headerFaults instanceof ApiError) {
        user = userOf(core, inbound);
        return finish({ kind: 'response', ...errorResponse(headerFaults, inbound.requestId) });
      }
      user = userOf(core, inbound);
      const decision = decideFault(core, inbound, user, headerFaults);
      struck = decision;
      if (decision?.timing === 'before' && decision.action.kind !== 'latency') {
        return finish(faultBefore(core, inbound, decision));
      }
      if (decision?.timing === 'before' && decision.action.kind === 'latency') {
        // Before means before: the request is applied only once the delay has passed, and not at all when
        // the client went away meanwhile (a client that timed out finds nothing applied).
        const waited = await waitForLatency(decision.action.delayMs, request.signal);
        if (!waited) {
          core.logger.warn(
            { requestId: inbound.requestId, fault: decision.faultId },
            'client gone during the latency: not applied',
          );
          return finish({ kind: 'response', ...errorResponse(clientGone(), inbound.requestId) });
        }
        return finish({ kind: 'response', ...(await respond(core, operations, state, inbound)) });
      }
      const response = await respond(core, operations, state, inbound);
      return finish(
        decision === null ? { kind: 'response', ...response } : faultAfter(core, inbound, decision, response),
      );
    },
  };
}

/** The login of the request's user (from the token, or the login body), for fault targeting and the log. */
function userOf(core: BackendCore, inbound: Inbound): string | undefined {
  return inbound.operationId === 'obtainToken'
    ? peekLogin(inbound.request.bodyText)
    : peekUserLogin(core, inbound.headers);
}

/** Reads the request once: its id, the virtual instant, headers, path and query, and its route. */
function readInbound(core: BackendCore, request: BackendRequest): Inbound {
  const { path, query } = requestTarget(request.url);
  const method = request.method.toUpperCase();
  const route =
    (request.routed === undefined
      ? undefined
      : core.spec.router.matchTemplate(method, request.routed, path)) ?? core.spec.router.match(method, path);
  return {
    request,
    requestId: requestIdFrom(request.headers),
    started: Date.now(),
    now: core.clock.now(),
    method,
    headers: normaliseHeaders(request.headers),
    path,
    query,
    route,
    operationId: route.kind === 'operation' ? route.operation.operationId : UNROUTED,
  };
}

/** The faults of the `X-Mock-Fault` header, or the refusal of a bad one (400 `validation_failed`). */
function readFaultHeader(inbound: Inbound): RequestFaultSpec[] | ApiError {
  const faultHeader = inbound.headers.get(FAULT_HEADER.toLowerCase());
  if (faultHeader === undefined) return [];
  try {
    return [parseFaultHeader(faultHeader)];
  } catch (error) {
    if (!(error instanceof FaultSpecError)) throw error;
    const errors = error.issues.map((issue) => ({
      field: `header.${FAULT_HEADER}.${formatPath(issue.path)}`,
      code: 'invalid',
      message: issue.message,
    }));
    return refuse(Code.validation_failed, { errors });
  }
}

/** Asks the fault engine, once, whether a fault strikes this request. */
function decideFault(
  core: BackendCore,
  inbound: Inbound,
  user: string | undefined,
  headerFaults: RequestFaultSpec[],
): FaultDecision | null {
  const { route, operationId, headers } = inbound;
  const basePath = core.spec.basePath;
  const specPath = inbound.path.startsWith(basePath)
    ? inbound.path.slice(basePath.length) || '/'
    : inbound.path;
  const idempotencyKey = headers.get('idempotency-key');
  return core.faults.decide({
    ...(route.kind === 'operation' ? { operationId } : {}),
    method: inbound.method,
    path: specPath,
    ...(user === undefined ? {} : { user }),
    ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
    headerFaults,
  });
}

/** The result of a fault that strikes before the request is applied. */
function faultBefore(core: BackendCore, inbound: Inbound, decision: FaultDecision): BackendResult {
  core.logger.warn(
    { requestId: inbound.requestId, fault: decision.faultId, kind: decision.action.kind },
    'fault before the request',
  );
  const response = beforeFaultResponse(decision, inbound.method, inbound.request.url, inbound.requestId);
  if (decision.action.kind === 'http' && response) return { kind: 'response', ...response };
  return response === null
    ? { kind: 'wire_fault', fault: decision }
    : { kind: 'wire_fault', fault: decision, response };
}

/** The result of a fault that strikes once the request was applied (or a latency): `response` is the real answer. */
function faultAfter(
  core: BackendCore,
  inbound: Inbound,
  decision: FaultDecision,
  response: BackendResponse,
): BackendResult {
  core.logger.warn(
    { requestId: inbound.requestId, fault: decision.faultId, kind: decision.action.kind },
    'fault after the request',
  );
  switch (decision.action.kind) {
    case 'http':
      return { kind: 'response', ...httpFaultResponse(decision.action, inbound.requestId) };
    case 'follow_up_loop':
      return {
        kind: 'wire_fault',
        fault: decision,
        response: followUpResponse(
          decision.action.mode,
          inbound.method,
          inbound.request.url,
          inbound.requestId,
        ),
      };
    default:
      return { kind: 'wire_fault', fault: decision, response };
  }
}

/** The answer of the request: the operation's, or its refusal, or a 500 for anything unexpected. */
async function respond(
  core: BackendCore,
  operations: ReadonlyMap<string, OperationEntry>,
  state: PipelineState,
  inbound: Inbound,
): Promise<BackendResponse> {
  try {
    return await serve(core, operations, state, inbound);
  } catch (error) {
    if (error instanceof ApiError) return errorResponse(error, inbound.requestId);
    core.logger.error(
      { requestId: inbound.requestId, operationId: inbound.operationId, err: error },
      'operation failed',
    );
    return errorResponse(new ApiError(Code.internal_server_error), inbound.requestId);
  }
}

/** The checks (route, app version, session, body, parameters), then idempotency and the operation. */
async function serve(
  core: BackendCore,
  operations: ReadonlyMap<string, OperationEntry>,
  state: PipelineState,
  inbound: Inbound,
): Promise<BackendResponse> {
  const { route, method, headers, now, requestId } = inbound;
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
    const version = state.appVersion(clientKind, headers.get('x-app-version'), core.config.minimumAppVersion);
    if (!version.ok) throw refuse(Code.app_version_outdated, { minimumVersion: version.minimumVersion });
  }

  state.chores.runDue(now);
  const session: Session | null = operation.public ? null : authenticate(core, headers, clientKind, now);
  const rawBody =
    operation.body === null
      ? undefined
      : readJsonBody(inbound.request.bodyText, headers, core.config.bodyBytes);
  const parameters = validateParameters(
    core.spec.validator,
    operation,
    route.params,
    new URLSearchParams(inbound.query),
    headers,
  );
  const body = entry.body === 'custom' ? rawBody : validateBody(core.spec.validator, operation, rawBody);

  const context = contextOf({
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
  });

  const idempotencyKey = headers.get('idempotency-key');
  if (!operation.idempotent || idempotencyKey === undefined) {
    await entry.prepare?.(context);
    return run(entry, context);
  }
  const claim = core.idempotency.claim(
    { userId: session?.user.id ?? 'anonymous', operationId: operation.operationId, key: idempotencyKey },
    requestFingerprint(inbound.path, inbound.query, body),
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
        return await applyOnce(core, entry, context, claim);
      } finally {
        claim.release();
      }
  }
}

/**
 * Applies a keyed request and stores its answer in one transaction: both are kept, or neither (a write
 * or a commit that fails, a full disk, leaves nothing, so a retry with the key applies once). A refusal
 * is an answer too: stored with what the operation committed before refusing (a counted failed login);
 * the writes of the transaction that refused are undone (a nested transaction is a savepoint).
 */
async function applyOnce(
  core: BackendCore,
  entry: OperationEntry,
  context: OperationContext,
  claim: Extract<IdempotencyClaim, { kind: 'new' }>,
): Promise<BackendResponse> {
  try {
    await entry.prepare?.(context);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const answer = errorResponse(error, context.requestId);
    core.store.transaction(() => claim.complete(answer));
    return answer;
  }
  return core.store.transaction(() => {
    let answer: BackendResponse;
    try {
      answer = run(entry, context);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      answer = errorResponse(error, context.requestId);
    }
    claim.complete(answer);
    return answer;
  });
}

/** Runs the operation's handler and shapes its reply. */
function run(entry: OperationEntry, context: OperationContext): BackendResponse {
  const reply = entry.handle(context);
  return jsonResponse(reply.status, reply.body, { ...reply.headers, 'x-request-id': context.requestId });
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
