/**
 * The secondary indexes of the backend's state: how a request finds the records of its own shift, phone
 * or login without reading a whole collection. Derived from the records (snapshots do not hold them); the
 * functions of `src/state/` read through them.
 */
import { LOCKOUT_POLICY, monthKey } from '@icontact/domain';
import type { StoreIndex } from '../store/indexed-store.js';
import type { JsonRecord } from '../store/store.js';
import { COLLECTIONS } from './records.js';

/** A string field of a record, or `undefined` (records restored from a hand-written snapshot may lack it). */
function text(record: JsonRecord, field: string): string | undefined {
  const value = record[field];
  return typeof value === 'string' ? value : undefined;
}

/** The keys made of these fields joined by spaces, or none when one is missing. */
function keyOf(record: JsonRecord, ...fields: string[]): string[] {
  const parts = fields.map((field) => text(record, field));
  return parts.every((part) => part !== undefined) ? [parts.join(' ')] : [];
}

/**
 * When a lockout record stops mattering (epoch ms): its last failure has left the window and its lock
 * has ended; `0` for a record with neither (the initial state, which no record needs to hold).
 */
export function lockoutStaleAt(record: JsonRecord): number {
  const failures = Array.isArray(record.failedAt)
    ? record.failedAt.filter((at): at is number => typeof at === 'number')
    : [];
  const lockedUntil = typeof record.lockedUntil === 'number' ? record.lockedUntil : null;
  const lastFailure = failures.length === 0 ? null : Math.max(...failures);
  const times = [
    lastFailure === null ? null : lastFailure + LOCKOUT_POLICY.windowMinutes * 60_000,
    lockedUntil,
  ].filter((time): time is number => time !== null);
  return Math.max(0, ...times);
}

/** The indexes' names, for {@link IndexedStore.find}. */
export const INDEX = {
  /** Contacts by `<shiftId> <openedAt>`. */
  contactsByShift: 'contactsByShift',
  /**
   * Submitted contacts that no accepted upload is known to carry (no `uploadedAt`), by `<shiftId>`: what
   * the final sync's gap check looks at. Records older than `uploadedAt` are in it until checked one by one.
   */
  contactsAwaitingUpload: 'contactsAwaitingUpload',
  /** Shifts by `<consultantId> <plannedStart>`. */
  shiftsByConsultant: 'shiftsByConsultant',
  /** Shifts by `<supervisorId> <date> <plannedStart>`. */
  shiftsBySupervisorDay: 'shiftsBySupervisorDay',
  /** Shifts in progress, by their local `date`. */
  shiftsInProgress: 'shiftsInProgress',
  /** Accepted sync items by `<shiftId> <contactId>`. */
  syncItemsByShiftContact: 'syncItemsByShiftContact',
  /** Users by their login (exact, as stored). */
  usersByLogin: 'usersByLogin',
  /** Users by their email, lowercased. */
  usersByEmail: 'usersByEmail',
  /** Consultants by their supervisor's id; `''` for the unbound. */
  consultantsBySupervisor: 'consultantsBySupervisor',
  /** SMS sends by `<phone> <YYYY-MM>` (the local month of the send). */
  smsSendsByPhoneMonth: 'smsSendsByPhoneMonth',
  /** Tokens by `expiresAt`. */
  tokensByExpiry: 'tokensByExpiry',
  /** Sessions by `expiresAt` (sessions written before it existed have none and are kept). */
  sessionsByExpiry: 'sessionsByExpiry',
  /** Stored idempotency keys by `expiresAt`. */
  idempotencyKeysByExpiry: 'idempotencyKeysByExpiry',
  /** Lockout records by when they stop mattering ({@link lockoutStaleAt}, ISO 8601). */
  lockoutsByStaleness: 'lockoutsByStaleness',
} as const;

/** The collection of stored idempotency keys and their answers. */
export const IDEMPOTENCY_COLLECTION = 'idempotencyKeys';

/** Every index the backend's store keeps. */
export const STATE_INDEXES: readonly StoreIndex[] = [
  {
    name: INDEX.contactsByShift,
    version: 1,
    collection: COLLECTIONS.contacts,
    keysOf: (record) => keyOf(record, 'shiftId', 'openedAt'),
  },
  {
    name: INDEX.contactsAwaitingUpload,
    version: 1,
    collection: COLLECTIONS.contacts,
    keysOf: (record) =>
      record.step === 'submitted' && record.uploadedAt === undefined ? keyOf(record, 'shiftId') : [],
  },
  {
    name: INDEX.shiftsByConsultant,
    version: 1,
    collection: COLLECTIONS.shifts,
    keysOf: (record) => keyOf(record, 'consultantId', 'plannedStart'),
  },
  {
    name: INDEX.shiftsBySupervisorDay,
    version: 1,
    collection: COLLECTIONS.shifts,
    keysOf: (record) => keyOf(record, 'supervisorId', 'date', 'plannedStart'),
  },
  {
    name: INDEX.shiftsInProgress,
    version: 1,
    collection: COLLECTIONS.shifts,
    keysOf: (record) => (record.status === 'in_progress' ? keyOf(record, 'date') : []),
  },
  {
    name: INDEX.syncItemsByShiftContact,
    version: 1,
    collection: COLLECTIONS.syncItems,
    keysOf: (record) => keyOf(record, 'shiftId', 'contactId'),
  },
  {
    name: INDEX.usersByLogin,
    version: 1,
    collection: COLLECTIONS.users,
    keysOf: (record) => keyOf(record, 'login'),
  },
  {
    name: INDEX.usersByEmail,
    version: 1,
    collection: COLLECTIONS.users,
    keysOf: (record) => keyOf(record, 'email').map((email) => email.toLowerCase()),
  },
  {
    name: INDEX.consultantsBySupervisor,
    version: 1,
    collection: COLLECTIONS.users,
    keysOf: (record) => (record.role === 'consultant' ? [text(record, 'supervisorId') ?? ''] : []),
  },
  {
    name: INDEX.smsSendsByPhoneMonth,
    version: 1,
    collection: COLLECTIONS.smsSends,
    keysOf: (record) => {
      const phone = text(record, 'phone');
      const at = Date.parse(text(record, 'at') ?? '');
      return phone === undefined || Number.isNaN(at) ? [] : [`${phone} ${monthKey(new Date(at))}`];
    },
  },
  {
    name: INDEX.tokensByExpiry,
    version: 1,
    collection: COLLECTIONS.tokens,
    keysOf: (record) => keyOf(record, 'expiresAt'),
  },
  {
    name: INDEX.sessionsByExpiry,
    version: 1,
    collection: COLLECTIONS.sessions,
    keysOf: (record) => keyOf(record, 'expiresAt'),
  },
  {
    name: INDEX.idempotencyKeysByExpiry,
    version: 1,
    collection: IDEMPOTENCY_COLLECTION,
    keysOf: (record) => keyOf(record, 'expiresAt'),
  },
  {
    name: INDEX.lockoutsByStaleness,
    version: 1,
    collection: COLLECTIONS.lockouts,
    keysOf: (record) => [new Date(lockoutStaleAt(record)).toISOString()],
  },
];
