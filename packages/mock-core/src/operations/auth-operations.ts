import {
  checkClientAccess,
  checkLoginWindow,
  INITIAL_LOCKOUT_STATE,
  type LockoutState,
  liftLockout,
  normaliseLogin,
  registerLoginAttempt,
  validateResetEmail,
  WEAK_PASSWORD_MESSAGES,
  weakPasswordReasons,
} from '@icontact/domain';
import { Code } from '@icontact/errors';
import { issueTokens, openSession, revokeSession, revokeToken } from '../auth/tokens.js';
import { randomToken, randomUuid } from '../backend/random-ids.js';
import { refuse } from '../http/api-error.js';
import { tokenHolder } from '../pipeline/authenticate.js';
import { scheduleOf } from '../rules/shift-schedule.js';
import {
  COLLECTIONS,
  type EmailRecord,
  type LockoutRecord,
  type ResetTokenRecord,
  type UserRecord,
} from '../state/records.js';
import { nextSequence } from '../state/sequences.js';
import { shiftsOfConsultant } from '../state/shift-queries.js';
import { activeUserByEmail, userByLogin } from '../state/user-queries.js';
import type { Store } from '../store/store.js';
import { userView } from '../views/user-view.js';
import { type OperationTable, sessionOf } from './operation-context.js';

/** A reset link's token lives 60 minutes of virtual time. */
export const RESET_TOKEN_TTL_MS = 60 * 60_000;

const RESET_ACCEPTED =
  'Если учетная запись с этим адресом существует, мы отправили на него ссылку для сброса пароля.';

/** The lockout state of a normalised login. */
function lockoutOf(store: Store, key: string): LockoutState {
  return store.get<LockoutRecord>(COLLECTIONS.lockouts, key) ?? INITIAL_LOCKOUT_STATE;
}

/** Stores a login's lockout state; the initial state is the absence of a record, so it is deleted. */
function saveLockout(store: Store, key: string, state: LockoutState): void {
  if (state.failedAt.length === 0 && state.lockedUntil === null) store.delete(COLLECTIONS.lockouts, key);
  else store.put(COLLECTIONS.lockouts, key, state satisfies LockoutRecord);
}

/** The auth operations: login, refresh, logout, the current user, the password reset (R1–R7). */
export const authOperations = {
  obtainToken: {
    handle: ({ core, body, now, clientKind }) => {
      const { login, password } = body;
      const { store } = core;
      const lockKey = normaliseLogin(login);
      const user = userByLogin(store, login);
      const credentialsValid = user !== undefined && user.password === password;
      const { state, verdict } = registerLoginAttempt(lockoutOf(store, lockKey), { now, credentialsValid });
      saveLockout(store, lockKey, state);

      switch (verdict.outcome) {
        case 'locked':
          throw refuse(
            Code.account_locked,
            { lockedUntil: verdict.lockedUntil.toISOString() },
            { retryAfter: verdict.retryAfterSeconds },
          );
        case 'locked_now':
          throw refuse(
            Code.too_many_login_attempts,
            { lockedUntil: verdict.lockedUntil.toISOString() },
            { retryAfter: verdict.retryAfterSeconds },
          );
        case 'rejected':
          throw refuse(user === undefined ? Code.no_active_account : Code.invalid_credentials);
        case 'accepted':
          break;
      }
      if (!user) throw refuse(Code.no_active_account);
      if (user.deletedAt !== null) throw refuse(Code.account_deleted);
      const access = checkClientAccess(user.role, clientKind);
      if (!access.ok) throw refuse(Code.access_closed, { allowedKinds: access.allowedKinds });
      const shifts = shiftsOfConsultant(store, user.id);
      // Decision 0005: a consultant bound to no supervisor has no shift and no window; they log in and
      // learn why from the shift list (`consultant_not_bound`, R12), as the guide's missing shift shows.
      const unbound = user.role === 'consultant' && user.supervisorId === null;
      const window = unbound
        ? ({ ok: true } as const)
        : checkLoginWindow({ role: user.role, shifts: shifts.map(scheduleOf), now });
      if (!window.ok) {
        if (window.code === Code.outside_shift) throw refuse(Code.outside_shift);
        throw refuse(Code.login_before_shift_window, { opensAt: window.opensAt?.toISOString() ?? null });
      }
      const tokens = store.transaction(() => issueTokens(core, user.id, openSession(core, user, now), now));
      return { status: 200, body: { ...tokens, user: userView(user) } };
    },
  },

  refreshToken: {
    handle: ({ core, body, now, clientKind }) => {
      const { refresh } = body;
      const { user, record } = tokenHolder(core, refresh, 'refresh', clientKind, now);
      const tokens = core.store.transaction(() => {
        revokeToken(core, refresh, now);
        return issueTokens(core, user.id, record.session, now);
      });
      return { status: 200, body: tokens };
    },
  },

  logout: {
    handle: (context) => {
      const { session } = sessionOf(context);
      context.core.store.transaction(() => revokeSession(context.core, session, context.now));
      return { status: 204, body: null };
    },
  },

  getMe: {
    handle: (context) => ({ status: 200, body: userView(sessionOf(context).user) }),
  },

  requestPasswordReset: {
    handle: ({ core, body, now }) => {
      const { email } = body;
      const verdict = validateResetEmail(email);
      if (!verdict.ok) {
        throw refuse(Code.invalid_email, {
          errors: [{ field: 'email', code: 'invalid', message: 'Укажите валидный email' }],
        });
      }
      const user = activeUserByEmail(core.store, email);
      if (user) {
        const token = randomToken('rst');
        core.store.transaction(() => {
          const reset: ResetTokenRecord = {
            userId: user.id,
            expiresAt: new Date(now.getTime() + RESET_TOKEN_TTL_MS).toISOString(),
            usedAt: null,
          };
          core.store.put(COLLECTIONS.resetTokens, token, reset);
          const message: EmailRecord = {
            id: randomUuid(),
            seq: nextSequence(core.store, COLLECTIONS.emails),
            to: user.email,
            subject: 'iContact: сброс пароля',
            text:
              `Здравствуйте, ${user.firstName}! Чтобы задать новый пароль, откройте ссылку (действует 60 минут): ` +
              `https://icontact.example/reset?token=${token} — затем войдите с новым паролем в приложении на планшете.`,
            token,
            at: now.toISOString(),
          };
          core.store.put(COLLECTIONS.emails, message.id, message);
        });
      }
      return { status: 202, body: { detail: RESET_ACCEPTED } };
    },
  },

  confirmPasswordReset: {
    handle: ({ core, body, now }) => {
      const { token, newPassword } = body;
      const reset = core.store.get<ResetTokenRecord>(COLLECTIONS.resetTokens, token);
      if (!reset || reset.usedAt !== null || Date.parse(reset.expiresAt) <= now.getTime()) {
        throw refuse(Code.password_reset_token_invalid);
      }
      const user = core.store.get<UserRecord>(COLLECTIONS.users, reset.userId);
      if (!user || user.deletedAt !== null) throw refuse(Code.password_reset_token_invalid);
      const reasons = weakPasswordReasons(newPassword);
      if (reasons.length > 0) {
        throw refuse(Code.password_too_weak, {
          errors: reasons.map((reason) => ({
            field: 'newPassword',
            code: reason,
            message: WEAK_PASSWORD_MESSAGES[reason],
          })),
        });
      }
      core.store.transaction(() => {
        core.store.put(COLLECTIONS.users, user.id, { ...user, password: newPassword } satisfies UserRecord);
        core.store.put(COLLECTIONS.resetTokens, token, {
          ...reset,
          usedAt: now.toISOString(),
        } satisfies ResetTokenRecord);
        saveLockout(core.store, normaliseLogin(user.login), liftLockout());
      });
      return { status: 204, body: null };
    },
  },
} satisfies Partial<OperationTable>;
