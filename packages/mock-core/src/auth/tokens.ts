import type { BackendCore } from '../backend/backend-core.js';
import { randomToken, randomUuid } from '../backend/random-ids.js';
import { COLLECTIONS, type SessionRecord, type TokenRecord, type UserRecord } from '../state/records.js';

/** Access tokens live 15 minutes of virtual time. */
export const ACCESS_TOKEN_TTL_MS = 15 * 60_000;
/** Refresh tokens live 12 hours of virtual time. */
export const REFRESH_TOKEN_TTL_MS = 12 * 60 * 60_000;

/** A new token pair, as `POST /auth/token` and `POST /auth/token/refresh` answer it. */
export interface IssuedTokens {
  readonly access: string;
  readonly refresh: string;
  readonly accessExpiresAt: string;
  readonly refreshExpiresAt: string;
}

/** Opens a session (a login) for a user, lasting as long as a refresh token issued now. Call inside a transaction. */
export function openSession(core: BackendCore, user: UserRecord, now: Date): string {
  const session = randomUuid();
  const record: SessionRecord = {
    userId: user.id,
    createdAt: now.toISOString(),
    revokedAt: null,
    expiresAt: new Date(now.getTime() + REFRESH_TOKEN_TTL_MS).toISOString(),
  };
  core.store.put(COLLECTIONS.sessions, session, record);
  return session;
}

/** Issues an access/refresh pair in a session, extending the session to the new refresh token's expiry. Call inside a transaction. */
export function issueTokens(core: BackendCore, userId: string, session: string, now: Date): IssuedTokens {
  const access = randomToken('ica');
  const refresh = randomToken('icr');
  const accessExpiresAt = new Date(now.getTime() + ACCESS_TOKEN_TTL_MS).toISOString();
  const refreshExpiresAt = new Date(now.getTime() + REFRESH_TOKEN_TTL_MS).toISOString();
  const base = { userId, session, revokedAt: null };
  core.store.put(COLLECTIONS.tokens, refresh, {
    ...base,
    kind: 'refresh',
    expiresAt: refreshExpiresAt,
  } satisfies TokenRecord);
  core.store.put(COLLECTIONS.tokens, access, {
    ...base,
    kind: 'access',
    expiresAt: accessExpiresAt,
  } satisfies TokenRecord);
  const record = core.store.get<SessionRecord>(COLLECTIONS.sessions, session);
  if (record?.expiresAt !== undefined && record.expiresAt < refreshExpiresAt) {
    core.store.put(COLLECTIONS.sessions, session, {
      ...record,
      expiresAt: refreshExpiresAt,
    } satisfies SessionRecord);
  }
  return { access, refresh, accessExpiresAt, refreshExpiresAt };
}

/**
 * The token's record when it is of `kind`, unexpired at `now`, not revoked itself (a used refresh token)
 * and its session not logged out; otherwise `null`.
 */
export function liveToken(
  core: BackendCore,
  token: string,
  kind: TokenRecord['kind'],
  now: Date,
): TokenRecord | null {
  const record = core.store.get<TokenRecord>(COLLECTIONS.tokens, token);
  if (!record || record.kind !== kind || record.revokedAt !== null) return null;
  if (Date.parse(record.expiresAt) <= now.getTime()) return null;
  const session = core.store.get<SessionRecord>(COLLECTIONS.sessions, record.session);
  return session && session.revokedAt === null ? record : null;
}

/** Marks one token used (a rotated refresh token). Call inside a transaction. */
export function revokeToken(core: BackendCore, token: string, now: Date): void {
  const record = core.store.get<TokenRecord>(COLLECTIONS.tokens, token);
  if (record) core.store.put(COLLECTIONS.tokens, token, { ...record, revokedAt: now.toISOString() });
}

/** Logs a session out: every token issued in it stops working. Call inside a transaction. */
export function revokeSession(core: BackendCore, session: string, now: Date): void {
  const record = core.store.get<SessionRecord>(COLLECTIONS.sessions, session);
  if (record) core.store.put(COLLECTIONS.sessions, session, { ...record, revokedAt: now.toISOString() });
}
