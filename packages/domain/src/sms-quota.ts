/**
 * The SMS quota (R16, guide #25): at most 3 SMS per phone number per calendar month, Asia/Almaty.
 *
 * Counting rule (decision 0001): every send attempt that reached the gateway counts, including one
 * the gateway failed (503) — the guide warns that careless resends burn the quota. A request refused
 * before the gateway (validation, step conflict, quota) does not count, and a repeated
 * `Idempotency-Key` replays the first answer without counting again.
 */
import { Code } from '@icontact/errors';
import { monthKey, startOfNextLocalMonth } from './time.js';

/** How many SMS one phone number may be sent per calendar month. */
export const SMS_QUOTA_PER_MONTH = 3;

/**
 * How many SMS this phone may still be sent this month.
 *
 * @param countedSends - when each counted send to this phone happened (any months)
 * @param now - the current instant
 * @returns 0–{@link SMS_QUOTA_PER_MONTH}
 */
export function smsQuotaRemaining(countedSends: readonly Date[], now: Date): number {
  const month = monthKey(now);
  const used = countedSends.filter((sentAt) => monthKey(sentAt) === month).length;
  return Math.max(0, SMS_QUOTA_PER_MONTH - used);
}

/**
 * When the quota of the month `now` falls in resets: the first instant of the next calendar month
 * in Asia/Almaty, as a UTC instant (e.g. `2026-11-30T19:00:00.000Z` for November 2026).
 *
 * @param now - the current instant
 */
export function smsQuotaResetsAt(now: Date): Date {
  return startOfNextLocalMonth(now);
}

/** The result of {@link checkSmsQuota}. */
export type SmsQuotaResult =
  | {
      readonly ok: true;
      /** Sends left this month before this one. */
      readonly remaining: number;
      /** When the quota resets. */
      readonly resetsAt: Date;
    }
  | {
      readonly ok: false;
      readonly code: typeof Code.sms_quota_exceeded;
      readonly remaining: 0;
      /** When the number may take part again. */
      readonly resetsAt: Date;
    };

/**
 * Decides whether one more SMS may be sent to a phone now (before calling the gateway).
 *
 * @param countedSends - when each counted send to this phone happened
 * @param now - the current instant
 */
export function checkSmsQuota(countedSends: readonly Date[], now: Date): SmsQuotaResult {
  const remaining = smsQuotaRemaining(countedSends, now);
  const resetsAt = smsQuotaResetsAt(now);
  return remaining > 0
    ? { ok: true, remaining, resetsAt }
    : { ok: false, code: Code.sms_quota_exceeded, remaining: 0, resetsAt };
}
