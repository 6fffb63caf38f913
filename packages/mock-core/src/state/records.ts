/**
 * The records the backend keeps in its {@link Store}, one interface per collection. Instants are ISO
 * 8601 strings, so that every record is plain JSON.
 */
import type { ContactStep, Role, ShiftStatus } from '@icontact/domain';

/** Collection names, one per record type. */
export const COLLECTIONS = {
  meta: 'meta',
  users: 'users',
  lockouts: 'lockouts',
  tokens: 'tokens',
  sessions: 'sessions',
  projects: 'projects',
  shifts: 'shifts',
  contacts: 'contacts',
  syncItems: 'syncItems',
  syncStats: 'syncStats',
  smsSends: 'smsSends',
  smsInbox: 'smsInbox',
  emails: 'emails',
  resetTokens: 'resetTokens',
} as const;

/** The backend's own bookkeeping, under id `backend`. */
export interface MetaRecord {
  readonly seed: number;
  /** The last shift number given. */
  readonly shiftNumber: number;
  /** The virtual instant the state was seeded at. */
  readonly seededAt: string;
  /** The local day the seed's shifts were placed on. */
  readonly today: string;
}

export interface UserRecord {
  readonly id: string;
  /** Lowercase, compared exactly. */
  readonly login: string;
  /** The password in clear: this is a mock with documented seed credentials. */
  readonly password: string;
  readonly role: Role;
  readonly surname: string;
  readonly firstName: string;
  readonly patronymic: string;
  readonly email: string;
  readonly phone: string;
  /** The person's ИИН (internal: the API does not show it). */
  readonly iin: string;
  /** A consultant's supervisor, or `null`; always `null` for a supervisor. */
  readonly supervisorId: string | null;
  /** When the account was deleted (R5), or `null`. */
  readonly deletedAt: string | null;
}

export interface LockoutRecord {
  readonly failedAt: readonly number[];
  readonly lockedUntil: number | null;
}

export interface TokenRecord {
  readonly kind: 'access' | 'refresh';
  readonly userId: string;
  /** The session (login) the token belongs to: refreshes keep it, logout revokes it with all its tokens. */
  readonly session: string;
  readonly expiresAt: string;
  readonly revokedAt: string | null;
}

/** One login: the tokens issued by it and by its refreshes. */
export interface SessionRecord {
  readonly userId: string;
  readonly createdAt: string;
  /** When logout revoked it, or `null`. */
  readonly revokedAt: string | null;
  /**
   * When its newest refresh token expires: after that no token of the session works, and the session is
   * pruned. Absent from sessions written before it existed (they are kept).
   */
  readonly expiresAt?: string;
}

export interface ActivityTypeRecord {
  readonly id: string;
  readonly name: string;
}

export interface ProjectRecord {
  readonly id: string;
  readonly name: string;
  readonly activityTypes: readonly ActivityTypeRecord[];
  readonly pay: {
    readonly currency: 'KZT';
    readonly hourlyRate: number;
    readonly contactBonus: number;
    readonly incorrectCloseFactor: number;
  };
}

export interface ShiftRecord {
  readonly id: string;
  readonly number: number;
  readonly consultantId: string;
  readonly supervisorId: string;
  readonly projectId: string;
  /** The local day, Asia/Almaty. */
  readonly date: string;
  readonly plannedStart: string;
  readonly plannedEnd: string;
  readonly status: ShiftStatus;
  readonly actualStart: string | null;
  readonly actualEnd: string | null;
  readonly closedBy: 'consultant' | 'server' | null;
  readonly finalSyncCompletedAt: string | null;
  /** The manifest of the last final sync sent for the shift, complete or not (absent: none yet). */
  readonly finalSyncManifest?: readonly string[];
  readonly deletedAt: string | null;
}

export interface ConsumerRecord {
  readonly surname: string;
  readonly firstName: string;
  readonly patronymic: string;
  readonly iin: string;
  readonly phone: string;
}

export interface SmsStateRecord {
  readonly code: string;
  readonly phone: string;
  readonly sentAt: string;
  readonly expiresAt: string;
  readonly triesUsed: number;
  readonly verifiedAt: string | null;
}

export interface ContactDetailsRecord {
  readonly devices: readonly {
    readonly model: string;
    readonly serial?: string;
    readonly quantity: number;
  }[];
  readonly compliment: { readonly kind: string; readonly quantity: number };
}

export interface ContactRecord {
  readonly id: string;
  readonly shiftId: string;
  readonly consultantId: string;
  readonly activityType: ActivityTypeRecord;
  readonly step: ContactStep;
  readonly openedAt: string;
  readonly updatedAt: string;
  readonly consumer: ConsumerRecord | null;
  readonly iinVerifiedAt: string | null;
  readonly sms: SmsStateRecord | null;
  readonly details: ContactDetailsRecord | null;
  readonly submittedAt: string | null;
  readonly refusedAt: string | null;
  readonly refusalReason: string | null;
  /**
   * When the first accepted upload carried the contact (its sync item's `acceptedAt`); absent before
   * that, and on records written before it existed. The final sync's gap check (decision 0004) reads
   * only the submitted contacts without it ({@link INDEX.contactsAwaitingUpload}), so its cost follows
   * the contacts still unsent, not the size of the shift. Internal: no view shows it.
   */
  readonly uploadedAt?: string;
}

/** An accepted sync item, under id `<shiftId> <idempotencyKey>`. */
export interface SyncItemRecord {
  readonly shiftId: string;
  readonly idempotencyKey: string;
  readonly contactId: string;
  readonly recordedAt: string;
  readonly acceptedAt: string;
  /**
   * What the tablet sent of the contact: kept by versions before decision 0004 (a snapshot of then may
   * hold it); the contact record holds it since, and new items leave it out.
   */
  readonly contact?: { readonly [key: string]: unknown };
}

/** Per shift, what its uploads came to. */
export interface SyncStatsRecord {
  readonly accepted: number;
  readonly duplicate: number;
  readonly rejected: number;
  readonly lastSyncAt: string | null;
}

/** One SMS send that reached the gateway: it counts toward the number's monthly quota. */
export interface SmsSendRecord {
  readonly phone: string;
  readonly at: string;
  readonly contactId: string;
  /** `delivered`, `gateway_failed` (503) or `not_delivered` (accepted, never delivered). */
  readonly outcome: 'delivered' | 'gateway_failed' | 'not_delivered';
}

/** A delivered SMS, as QA read it from the inbox. */
export interface SmsMessageRecord {
  readonly id: string;
  /** 1 for the first message captured, then 2, 3…: the inbox's order, also on a frozen clock. */
  readonly seq: number;
  readonly phone: string;
  readonly code: string;
  readonly text: string;
  readonly contactId: string;
  readonly at: string;
}

/** A captured "email" (the password-reset link). */
export interface EmailRecord {
  readonly id: string;
  /** 1 for the first email captured, then 2, 3…: the outbox's order, also on a frozen clock. */
  readonly seq: number;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  /** The one-time reset token the link carries. */
  readonly token: string;
  readonly at: string;
}

export interface ResetTokenRecord {
  readonly userId: string;
  readonly expiresAt: string;
  readonly usedAt: string | null;
}
