/**
 * Calendar arithmetic in the iContact business time zone, Asia/Almaty.
 *
 * Decision 0001: shift dates and the SMS quota's months are counted in Asia/Almaty at a fixed
 * UTC+05:00 with no daylight saving, so this is plain offset arithmetic; the runtime's time zone
 * database is never consulted (it would give +06:00 before March 2024).
 */

import { BUSINESS_UTC_OFFSET_MINUTES } from '@icontact/errors';

/** The business time zone's fixed offset from UTC, in minutes (UTC+05:00, no DST); defined in `@icontact/errors`. */
export { BUSINESS_UTC_OFFSET_MINUTES };

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const OFFSET_MS = BUSINESS_UTC_OFFSET_MINUTES * MS_PER_MINUTE;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_TIME = /^(\d{2}):(\d{2})$/;

/** A local calendar day in Asia/Almaty, written `YYYY-MM-DD`. */
export type LocalDate = string;

/** A local calendar month in Asia/Almaty, written `YYYY-MM`. */
export type MonthKey = string;

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function assertValidInstant(instant: Date): number {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Invalid Date: expected a valid instant');
  return ms;
}

/** The wall-clock fields of an instant in Asia/Almaty, read from a shifted UTC date. */
function localFields(instant: Date): Date {
  return new Date(assertValidInstant(instant) + OFFSET_MS);
}

/**
 * Parses a `YYYY-MM-DD` local date into its parts, or `null` when it is not a real calendar day.
 *
 * @param localDate - the local day, `YYYY-MM-DD`
 * @returns `{ year, month, day }` (month 1–12) or `null`
 */
export function parseLocalDate(localDate: string): { year: number; month: number; day: number } | null {
  const match = LOCAL_DATE.exec(localDate);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/**
 * The number of days of a month in the proleptic Gregorian calendar.
 *
 * @param year - the full year, e.g. 2026
 * @param month - the month, 1–12
 */
export function daysInMonth(year: number, month: number): number {
  const utc = new Date(0);
  utc.setUTCFullYear(year, month, 0);
  return utc.getUTCDate();
}

function requireLocalDate(localDate: string): { year: number; month: number; day: number } {
  const parts = parseLocalDate(localDate);
  if (!parts) throw new RangeError(`Invalid local date "${localDate}": expected a real day as YYYY-MM-DD`);
  return parts;
}

function utcMsOfLocalMidnight(year: number, month: number, day: number): number {
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  return utc.getTime() - OFFSET_MS;
}

/**
 * The Asia/Almaty calendar day an instant falls on.
 *
 * @param instant - any valid instant
 * @returns the local day, `YYYY-MM-DD`
 * @throws RangeError when the instant is an invalid Date
 */
export function localDateOf(instant: Date): LocalDate {
  const local = localFields(instant);
  return `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1, 2)}-${pad(local.getUTCDate(), 2)}`;
}

/**
 * The first instant of a local day (00:00 in Asia/Almaty), as a UTC instant.
 *
 * @param localDate - the local day, `YYYY-MM-DD`
 * @throws RangeError when `localDate` is not a real day
 */
export function startOfLocalDay(localDate: LocalDate): Date {
  const { year, month, day } = requireLocalDate(localDate);
  return new Date(utcMsOfLocalMidnight(year, month, day));
}

/**
 * The end of a local day: the first instant of the next local day (an exclusive bound, so an
 * instant `t` lies in the day when `startOfLocalDay(d) <= t < endOfLocalDay(d)`).
 *
 * @param localDate - the local day, `YYYY-MM-DD`
 * @throws RangeError when `localDate` is not a real day
 */
export function endOfLocalDay(localDate: LocalDate): Date {
  return new Date(startOfLocalDay(localDate).getTime() + MS_PER_DAY);
}

/**
 * The instant of a local wall-clock time on a local day, e.g. `atLocalTime('2026-11-24', '09:00')`
 * is `2026-11-24T04:00:00.000Z`.
 *
 * @param localDate - the local day, `YYYY-MM-DD`
 * @param localTime - the wall-clock time, `HH:MM` (00:00–23:59)
 * @throws RangeError when either is malformed
 */
export function atLocalTime(localDate: LocalDate, localTime: string): Date {
  const match = LOCAL_TIME.exec(localTime);
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  if (!match || hours > 23 || minutes > 59) {
    throw new RangeError(`Invalid local time "${localTime}": expected HH:MM between 00:00 and 23:59`);
  }
  return new Date(startOfLocalDay(localDate).getTime() + (hours * 60 + minutes) * MS_PER_MINUTE);
}

/**
 * The Asia/Almaty calendar month an instant falls in: the key the SMS quota counts by.
 *
 * @param instant - any valid instant
 * @returns the local month, `YYYY-MM`
 * @throws RangeError when the instant is an invalid Date
 */
export function monthKey(instant: Date): MonthKey {
  return localDateOf(instant).slice(0, 7);
}

/**
 * The first instant of the local month after the one `instant` falls in (00:00 on the 1st, Asia/Almaty),
 * as a UTC instant.
 *
 * @param instant - any valid instant
 * @throws RangeError when the instant is an invalid Date
 */
export function startOfNextLocalMonth(instant: Date): Date {
  const local = localFields(instant);
  const year = local.getUTCFullYear();
  const month = local.getUTCMonth() + 1;
  return month === 12
    ? new Date(utcMsOfLocalMidnight(year + 1, 1, 1))
    : new Date(utcMsOfLocalMidnight(year, month + 1, 1));
}
