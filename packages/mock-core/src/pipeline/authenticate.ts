import { type ClientKind, checkClientAccess } from '@icontact/domain';
import { Code } from '@icontact/errors';
import { liveToken } from '../auth/tokens.js';
import type { BackendCore } from '../backend/backend-core.js';
import { refuse } from '../http/api-error.js';
import { bearerToken, type RequestHeaders } from '../http/headers.js';
import type { Session } from '../operations/operation-context.js';
import { COLLECTIONS, type UserRecord } from '../state/records.js';

/**
 * The session of a request to a protected operation: no token → `authentication_required` (401); a bad,
 * expired, revoked or forged token → `token_not_valid` (401); a deleted account → `account_deleted` (410);
 * a consultant outside the tablet app → `access_closed` (403).
 */
export function authenticate(
  core: BackendCore,
  headers: RequestHeaders,
  clientKind: ClientKind,
  now: Date,
): Session {
  const token = bearerToken(headers);
  if (token === null) throw refuse(Code.authentication_required);
  const { user, record } = tokenHolder(core, token, 'access', clientKind, now);
  return { user, token, session: record.session };
}

/**
 * The live token `token` of `kind` and the user it belongs to, refused as a protected operation
 * refuses: `token_not_valid` (401) for a bad, expired, revoked or forged token or a vanished user,
 * `account_deleted` (410), `access_closed` (403) for a consultant outside the tablet app.
 */
export function tokenHolder(
  core: BackendCore,
  token: string,
  kind: 'access' | 'refresh',
  clientKind: ClientKind,
  now: Date,
) {
  const record = liveToken(core, token, kind, now);
  if (!record) throw refuse(Code.token_not_valid);
  const user = core.store.get<UserRecord>(COLLECTIONS.users, record.userId);
  if (!user) throw refuse(Code.token_not_valid);
  if (user.deletedAt !== null) throw refuse(Code.account_deleted);
  const access = checkClientAccess(user.role, clientKind);
  if (!access.ok) throw refuse(Code.access_closed, { allowedKinds: access.allowedKinds });
  return { user, record };
}

/** The login of the request's user, for fault targeting only: never refuses. */
export function peekUserLogin(core: BackendCore, headers: RequestHeaders): string | undefined {
  const token = bearerToken(headers);
  if (token === null) return undefined;
  const record = core.store.get<{ userId: string }>(COLLECTIONS.tokens, token);
  if (!record) return undefined;
  return core.store.get<UserRecord>(COLLECTIONS.users, record.userId)?.login;
}
