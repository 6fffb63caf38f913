/**
 * The login lockout (R4, guide #7 and #8) as a pure state machine, one state per normalised login.
 *
 * The {@link LOCKOUT_POLICY}'s 5th failure within 15 minutes answers `too_many_login_attempts` and
 * locks the login for 10 minutes; during the lock every attempt, even with the right password,
 * answers `account_locked`. A success resets the count; a completed password reset lifts the lock.
 */
import { Code } from '@icontact/errors';

/** The lockout's numbers (decision 0001). */
export const LOCKOUT_POLICY = {
  /** The failure that locks the login: the 5th. */
  maxFailures: 5,
  /** How far back failures count, in minutes: a failure counts while `now − failedAt < 15 min`. */
  windowMinutes: 15,
  /** How long a lock lasts, in minutes. */
  lockMinutes: 10,
} as const;

const WINDOW_MS = LOCKOUT_POLICY.windowMinutes * 60_000;
const LOCK_MS = LOCKOUT_POLICY.lockMinutes * 60_000;

/**
 * The lockout state of one login. Plain data (epoch milliseconds), safe to store and compare.
 */
export interface LockoutState {
  /** When the recent failures happened (epoch ms), oldest first; only those inside the window. */
  readonly failedAt: readonly number[];
  /** When the current lock ends (epoch ms), or `null` when not locked. */
  readonly lockedUntil: number | null;
}

/** The state of a login with no failures and no lock. */
export const INITIAL_LOCKOUT_STATE: LockoutState = { failedAt: [], lockedUntil: null };

/** A lock in force: when it ends and how many whole seconds remain (at least 1). */
export interface LockInfo {
  readonly lockedUntil: Date;
  readonly retryAfterSeconds: number;
}

/**
 * The verdict on one login attempt:
 * - `accepted`: credentials right and not locked (the counter is reset);
 * - `rejected`: credentials wrong (the caller answers `no_active_account` or `invalid_credentials`);
 *   the login locks after `failuresUntilLock` more failures (1: the next failure locks it);
 * - `locked_now` (code `too_many_login_attempts`): this failure locked the login;
 * - `locked` (code `account_locked`): the login is locked; the credentials were not looked at.
 */
export type LoginAttemptVerdict =
  | { readonly outcome: 'accepted' }
  | { readonly outcome: 'rejected'; readonly failuresUntilLock: number }
  | ({ readonly outcome: 'locked_now'; readonly code: typeof Code.too_many_login_attempts } & LockInfo)
  | ({ readonly outcome: 'locked'; readonly code: typeof Code.account_locked } & LockInfo);

/** A login attempt as the lockout sees it. */
export interface LoginAttempt {
  /** When the attempt happened. */
  readonly now: Date;
  /** Whether the login and password were right. */
  readonly credentialsValid: boolean;
}

function lockInfo(lockedUntil: number, now: number): LockInfo {
  return {
    lockedUntil: new Date(lockedUntil),
    retryAfterSeconds: Math.max(1, Math.ceil((lockedUntil - now) / 1000)),
  };
}

/**
 * Whether the login is locked at `now`.
 *
 * @param state - the login's lockout state
 * @param now - the current instant
 * @returns the lock in force, or `null`
 */
export function activeLock(state: LockoutState, now: Date): LockInfo | null {
  const t = now.getTime();
  return state.lockedUntil !== null && t < state.lockedUntil ? lockInfo(state.lockedUntil, t) : null;
}

/**
 * Applies one login attempt to a login's state.
 *
 * @param state - the login's state before the attempt
 * @param attempt - when it happened and whether the credentials were right
 * @returns the next state and the verdict
 */
export function registerLoginAttempt(
  state: LockoutState,
  attempt: LoginAttempt,
): { readonly state: LockoutState; readonly verdict: LoginAttemptVerdict } {
  const t = attempt.now.getTime();
  const lock = activeLock(state, attempt.now);
  if (lock) return { state, verdict: { outcome: 'locked', code: Code.account_locked, ...lock } };
  if (attempt.credentialsValid) return { state: INITIAL_LOCKOUT_STATE, verdict: { outcome: 'accepted' } };

  const failedAt = [...state.failedAt.filter((at) => t - at < WINDOW_MS), t];
  if (failedAt.length >= LOCKOUT_POLICY.maxFailures) {
    const lockedUntil = t + LOCK_MS;
    return {
      state: { failedAt: [], lockedUntil },
      verdict: {
        outcome: 'locked_now',
        code: Code.too_many_login_attempts,
        ...lockInfo(lockedUntil, t),
      },
    };
  }
  return {
    state: { failedAt, lockedUntil: null },
    verdict: { outcome: 'rejected', failuresUntilLock: LOCKOUT_POLICY.maxFailures - failedAt.length },
  };
}

/**
 * A completed password reset lifts the lock and forgets the failures.
 *
 * @returns the initial state
 */
export function liftLockout(): LockoutState {
  return INITIAL_LOCKOUT_STATE;
}
