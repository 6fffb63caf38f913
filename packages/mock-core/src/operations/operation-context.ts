import type { ClientKind } from '@icontact/domain';
import type { BackendCore } from '../backend/backend-core.js';
import type { RequestHeaders } from '../http/headers.js';
import type { OperationSpec } from '../spec/operations.js';
import type { UserRecord } from '../state/records.js';
import type { BodyOf, OperationId, PathParamsOf, QueryOf } from './operation-types.js';

/** The signed-in user of a request and the access token it came with. */
export interface Session {
  readonly user: UserRecord;
  /** The access token. */
  readonly token: string;
  /** The refresh token the access token belongs to. */
  readonly session: string;
}

/**
 * What the handler of operation `Id` gets: the request, validated, and the backend. Its parameters and
 * body carry the types generated from the contract for that operation, because the pipeline validated
 * them against the same contract's schemas before the handler runs. `Body` is the body's type: the
 * schema's, or `unknown` for an operation that validates its own body (`body: 'custom'`).
 */
export interface OperationContext<Id extends OperationId = OperationId, Body = BodyOf<Id>> {
  readonly core: BackendCore;
  readonly requestId: string;
  /** The virtual instant the request arrived. */
  readonly now: Date;
  readonly operation: OperationSpec;
  /** Path parameters, decoded. */
  readonly params: PathParamsOf<Id>;
  /** Query parameters, validated and converted to their schema types. */
  readonly query: QueryOf<Id>;
  readonly headers: RequestHeaders;
  /** The JSON body, validated against the operation's schema; `undefined` without one. */
  readonly body: Body;
  readonly clientKind: ClientKind;
  /** The signed-in user; `null` on a public operation. */
  readonly session: Session | null;
}

/** The context of any operation, its body left unread: what the checks shared by operations take. */
export type AnyOperationContext = OperationContext<OperationId, unknown>;

/** A request as the pipeline holds it before it is handed to the operation's typed handler. */
export interface ValidatedRequest extends Omit<OperationContext, 'params' | 'query' | 'body'> {
  readonly params: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, unknown>>;
  readonly body: unknown;
}

/**
 * The context of a request whose parameters and body the pipeline has validated against the
 * operation's schemas (or, for `body: 'custom'`, left for the handler): the one place where the
 * checked values take the generated types.
 *
 * @param request - the request, validated
 */
export function contextOf(request: ValidatedRequest): OperationContext {
  return request as OperationContext;
}

/** What a handler answers: a status and a JSON body (`null` for none). */
export interface OperationReply {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** How operation `Id` is served: its handler, and whether it validates its own body. */
export type OperationEntry<Id extends OperationId = OperationId> =
  | {
      /**
       * Applies the operation, synchronously: a keyed request's handler runs in one transaction with
       * its stored answer. It throws `ApiError` to refuse; thrown inside `store.transaction`, the
       * refusal also undoes that transaction's writes. (A method, so that the registry may hold the
       * entries of every operation under one type.)
       */
      handle(context: OperationContext<Id>): OperationReply;
      /**
       * What must be awaited before the operation applies (an upstream's answer), run after the checks
       * and the idempotency claim, outside the transaction. Default: nothing.
       */
      prepare?(context: OperationContext<Id>): Promise<void>;
      /** `schema` (default): the body is validated against the operation's schema first. */
      readonly body?: 'schema';
    }
  | {
      /** As above, the body unchecked: the handler validates it (the sync batch answers each item on its own). */
      handle(context: OperationContext<Id, unknown>): OperationReply;
      prepare?(context: OperationContext<Id, unknown>): Promise<void>;
      readonly body: 'custom';
    };

/** Every operation of the contract's handler, by operationId: the compiler checks that none is missing. */
export type OperationTable = { readonly [Id in OperationId]: OperationEntry<Id> };

/** The session of an operation that requires one (every operation but the public ones). */
export function sessionOf(context: AnyOperationContext): Session {
  if (!context.session) throw new Error(`${context.operation.operationId} needs a session but has none`);
  return context.session;
}
