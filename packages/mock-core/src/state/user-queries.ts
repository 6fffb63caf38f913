import type { IndexedStore } from '../store/indexed-store.js';
import type { UserRecord } from './records.js';
import { INDEX } from './state-indexes.js';

/** The user with exactly this login (logins are stored lowercase), or `undefined`. */
export function userByLogin(store: IndexedStore, login: string): UserRecord | undefined {
  return store
    .find<UserRecord>(INDEX.usersByLogin, { key: login })
    .map((found) => found.record)
    .find((user) => user.login === login);
}

/** The account (not deleted) with this email, compared without case, or `undefined`. */
export function activeUserByEmail(store: IndexedStore, email: string): UserRecord | undefined {
  const wanted = email.toLowerCase();
  return store
    .find<UserRecord>(INDEX.usersByEmail, { key: wanted })
    .map((found) => found.record)
    .find((user) => user.email.toLowerCase() === wanted && user.deletedAt === null);
}

/** The consultants bound to a supervisor (`null`: the unbound ones), deleted ones included, by id. */
export function consultantsBoundTo(store: IndexedStore, supervisorId: string | null): UserRecord[] {
  return store
    .find<UserRecord>(INDEX.consultantsBySupervisor, { key: supervisorId ?? '' })
    .map((found) => found.record)
    .filter((user) => user.role === 'consultant' && user.supervisorId === supervisorId);
}
