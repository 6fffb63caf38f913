import type { ClientKind } from '@icontact/domain';
import type { BackendCore } from '../backend/backend-core.js';
import type { RequestHeaders } from '../http/headers.js';
import type { OperationSpec } from '../spec/operations.js';
import type { UserRecord } from '../state/records.js';

/** The signed-in user of a request and the access token it came with. */
export interface Session {
  readonly user: UserRecord;
  /** The access token. */
  readonly token: string;
  /** The refresh token the access token belongs to. */
  readonly session: string;
}

/** What an operation handler gets: the request, validated, and the backend. */
export interface OperationContext {
  readonly core: BackendCore;
  readonly requestId: string;
  /** The virtual instant the request arrived. */
  readonly now: Date;
  readonly operation: OperationSpec;
  /** Path parameters, decoded. */
  readonly params: Readonly<Record<string, string>>;
  /** Query parameters, validated and converted to their schema types. */
  readonly query: Readonly<Record<string, unknown>>;
  readonly headers: RequestHeaders;
  /** The JSON body, validated against the operation's schema; `undefined` without one. */
  readonly body: unknown;
  readonly clientKind: ClientKind;
  /** The signed-in user; `null` on a public operation. */
  readonly session: Session | null;
}

/** What a handler answers: a status and a JSON body (`null` for none). */
export interface OperationReply {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * An operation of the contract, synchronous: a keyed request's handler runs in one transaction with its
 * stored answer (what must be awaited first goes in the entry's `prepare`). It throws `ApiError` to
 * refuse; thrown inside `store.transaction`, the refusal also undoes that transaction's writes.
 */
export type OperationHandler = (context: OperationContext) => OperationReply;

/** The session of an operation that requires one (every operation but the public ones). */
export function sessionOf(context: OperationContext): Session {
  if (!context.session) throw new Error(`${context.operation.operationId} needs a session but has none`);
  return context.session;
}
