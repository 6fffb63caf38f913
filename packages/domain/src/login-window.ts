/**
 * When a consultant may log in and work (R2, guide #3 and #4).
 *
 * A consultant may log in from {@link LOGIN_WINDOW_LEAD_MINUTES} minutes before the planned start of
 * a shift until its planned end; a shift in progress keeps the window open until it is closed.
 */

import { Code } from '@icontact/errors';
import type { Role } from './client-access.js';
import type { ShiftSchedule } from './shift.js';
import { localDateOf } from './time.js';

/** How many minutes before a shift's planned start its login window opens. */
export const LOGIN_WINDOW_LEAD_MINUTES = 15;

const LEAD_MS = LOGIN_WINDOW_LEAD_MINUTES * 60_000;

/**
 * The instant a shift's login window opens: its planned start minus {@link LOGIN_WINDOW_LEAD_MINUTES}.
 *
 * @param shift - the shift
 */
export function loginWindowOpensAt(shift: Pick<ShiftSchedule, 'plannedStart'>): Date {
  return new Date(shift.plannedStart.getTime() - LEAD_MS);
}

/** Whether `now` lies in a shift's window: `opensAt <= now < plannedEnd`. */
function inWindow(shift: ShiftSchedule, now: Date): boolean {
  const t = now.getTime();
  return loginWindowOpensAt(shift).getTime() <= t && t < shift.plannedEnd.getTime();
}

/** The result of {@link checkLoginWindow}. */
export type LoginWindowResult<S extends ShiftSchedule> =
  | {
      readonly ok: true;
      /** The shift whose window is open (the one in progress first), or `null` for a supervisor. */
      readonly shift: S | null;
    }
  | {
      readonly ok: false;
      readonly code: typeof Code.login_before_shift_window;
      /** When the next shift's window opens, or `null` when no upcoming shift is assigned. */
      readonly opensAt: Date | null;
    }
  | { readonly ok: false; readonly code: typeof Code.outside_shift };

/** What {@link checkLoginWindow} looks at. */
export interface LoginWindowCheck<S extends ShiftSchedule> {
  /** The user's role: supervisors have no window. */
  readonly role: Role;
  /** The consultant's shifts (any statuses; `closed` and `deleted` ones never open the window). */
  readonly shifts: readonly S[];
  /** The current instant. */
  readonly now: Date;
}

/**
 * Decides whether a consultant may log in now:
 * - a shift `in_progress` → allowed, whatever the hour;
 * - `now` within a `planned` shift's window → allowed;
 * - another `planned` shift's window opens later today (Asia/Almaty) → `login_before_shift_window`
 *   with that `opensAt`;
 * - a shift of today (planned to start or end on today's Asia/Almaty date) has ended or was closed, and
 *   no other window opens later today → `outside_shift`;
 * - otherwise (no shift today) → `login_before_shift_window` with the next window's `opensAt`, or
 *   `null` when no upcoming shift is assigned at all.
 */
export function checkLoginWindow<S extends ShiftSchedule>(check: LoginWindowCheck<S>): LoginWindowResult<S> {
  const { role, shifts, now } = check;
  if (role === 'supervisor') return { ok: true, shift: null };
  const inProgress = shifts.find((shift) => shift.status === 'in_progress');
  if (inProgress) return { ok: true, shift: inProgress };
  const planned = shifts.filter((shift) => shift.status === 'planned');
  const open = planned.find((shift) => inWindow(shift, now));
  if (open) return { ok: true, shift: open };

  const upcoming = planned
    .map(loginWindowOpensAt)
    .filter((opensAt) => opensAt.getTime() > now.getTime())
    .sort((a, b) => a.getTime() - b.getTime());
  const next = upcoming[0] ?? null;
  const today = localDateOf(now);
  const nextIsToday = next !== null && localDateOf(next) === today;
  const endedToday = shifts.some(
    (shift) =>
      shift.status !== 'deleted' &&
      (localDateOf(shift.plannedStart) === today || localDateOf(shift.plannedEnd) === today) &&
      (shift.status === 'closed' || shift.plannedEnd.getTime() <= now.getTime()),
  );
  if (endedToday && !nextIsToday) return { ok: false, code: Code.outside_shift };
  return { ok: false, code: Code.login_before_shift_window, opensAt: next };
}

/** The result of {@link canWork} and {@link canSyncOrClose}. */
export type ShiftWorkResult =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly code:
        | typeof Code.outside_shift
        | typeof Code.shift_not_started
        | typeof Code.shift_already_closed
        | typeof Code.shift_not_found;
    };

/**
 * Whether work calls on a shift (starting it, opening and advancing contacts) are allowed now: while
 * the shift is in progress, or inside its login window while it is planned. Otherwise
 * `outside_shift`; a closed shift is `shift_already_closed`, a deleted one `shift_not_found`.
 *
 * @param shift - the shift the call is for
 * @param now - the current instant
 */
export function canWork(shift: ShiftSchedule, now: Date): ShiftWorkResult {
  switch (shift.status) {
    case 'in_progress':
      return { ok: true };
    case 'planned':
      return inWindow(shift, now) ? { ok: true } : { ok: false, code: Code.outside_shift };
    case 'closed':
      return { ok: false, code: Code.shift_already_closed };
    case 'deleted':
      return { ok: false, code: Code.shift_not_found };
  }
}

/**
 * Whether a shift may be synced or closed: whenever it is in progress, whatever the hour, so that a
 * consultant can always close correctly. A planned shift is `shift_not_started`, a closed one
 * `shift_already_closed`, a deleted one `shift_not_found`.
 *
 * @param shift - the shift the call is for
 */
export function canSyncOrClose(shift: Pick<ShiftSchedule, 'status'>): ShiftWorkResult {
  switch (shift.status) {
    case 'in_progress':
      return { ok: true };
    case 'planned':
      return { ok: false, code: Code.shift_not_started };
    case 'closed':
      return { ok: false, code: Code.shift_already_closed };
    case 'deleted':
      return { ok: false, code: Code.shift_not_found };
  }
}
