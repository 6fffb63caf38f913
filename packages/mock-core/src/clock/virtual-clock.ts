import { atLocalTime, localDateOf } from '@icontact/domain';

/** How the virtual clock starts and runs. */
export interface ClockOptions {
  /**
   * The virtual instant at creation, a `Date` or an ISO 8601 string.
   * Default: today (the real date in Asia/Almaty) at 08:30 local time.
   */
  readonly start?: Date | string;
  /**
   * Virtual milliseconds per real millisecond: `1` follows real time, `0` freezes the clock (it moves
   * only through `set` and `advance`), `60` runs a minute per second. Default: `1`.
   */
  readonly speed?: number;
  /** The real time source, in epoch milliseconds. Default: `Date.now`. For tests. */
  readonly realNow?: () => number;
}

/** The mock's "now": every rule reads it. Plain data in, plain data out (JSON-friendly for an admin API). */
export interface VirtualClock {
  /** The current virtual instant. */
  now(): Date;
  /** Moves the clock to `instant` (forwards or backwards); it keeps running at its speed from there. */
  set(instant: Date | string): Date;
  /** Moves the clock by `ms` virtual milliseconds (negative goes back) and returns the new instant. */
  advance(ms: number): Date;
  /** Virtual milliseconds per real millisecond; `0` is frozen. */
  readonly speed: number;
  /** Changes the speed from now on, without a jump. */
  setSpeed(speed: number): void;
  /** The clock's state, for the admin API. */
  describe(): ClockState;
}

/** The clock's state as the admin API shows it. */
export interface ClockState {
  /** The current virtual instant, ISO 8601 UTC. */
  readonly now: string;
  /** Virtual milliseconds per real millisecond. */
  readonly speed: number;
}

/** The default start: today's real date in Asia/Almaty at 08:30 local time. */
export function defaultClockStart(realNowMs: number): Date {
  return atLocalTime(localDateOf(new Date(realNowMs)), '08:30');
}

/**
 * The instants the virtual clock may be set or advanced to, `earliest` included, `latest` excluded: a
 * clock far outside them (`days: 100000000`) would make every date the mock writes invalid.
 */
export const VIRTUAL_CLOCK_RANGE = {
  earliest: Date.UTC(2000, 0, 1),
  latest: Date.UTC(2100, 0, 1),
} as const;

/** The fastest the virtual clock may run: 100 000 virtual ms per real ms (about 28 virtual hours a second). */
export const MAX_CLOCK_SPEED = 100_000;

/** Whether an instant (epoch ms) lies in {@link VIRTUAL_CLOCK_RANGE}. */
export function isInClockRange(ms: number): boolean {
  return ms >= VIRTUAL_CLOCK_RANGE.earliest && ms < VIRTUAL_CLOCK_RANGE.latest;
}

function inRange(ms: number): number {
  if (!isInClockRange(ms)) {
    throw new RangeError(
      `The virtual clock may not go to ${Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? new Date(ms).toISOString() : String(ms)}: ` +
        `it stays from ${new Date(VIRTUAL_CLOCK_RANGE.earliest).toISOString()} to before ${new Date(VIRTUAL_CLOCK_RANGE.latest).toISOString()}`,
    );
  }
  return ms;
}

function toInstant(value: Date | string): Date {
  const instant = typeof value === 'string' ? new Date(value) : new Date(value.getTime());
  if (Number.isNaN(instant.getTime())) {
    throw new RangeError(`Invalid instant ${JSON.stringify(String(value))}: expected an ISO 8601 instant`);
  }
  return instant;
}

function checkSpeed(speed: number): number {
  if (!Number.isFinite(speed) || speed < 0 || speed > MAX_CLOCK_SPEED) {
    throw new RangeError(
      `Invalid clock speed ${speed}: expected a number from 0 (frozen) to ${MAX_CLOCK_SPEED}`,
    );
  }
  return speed;
}

/**
 * Creates a virtual clock. It is anchored to a pair (virtual instant, real instant) and runs at
 * `speed` from there; every change re-anchors it, so changing the speed never makes time jump.
 */
export function createVirtualClock(options: ClockOptions = {}): VirtualClock {
  const realNow = options.realNow ?? Date.now;
  let anchorVirtual = (
    options.start === undefined ? defaultClockStart(realNow()) : toInstant(options.start)
  ).getTime();
  let anchorReal = realNow();
  let speed = checkSpeed(options.speed ?? 1);

  const nowMs = (): number => anchorVirtual + (realNow() - anchorReal) * speed;
  const reanchor = (virtualMs: number): Date => {
    anchorVirtual = virtualMs;
    anchorReal = realNow();
    return new Date(virtualMs);
  };

  return {
    now: () => new Date(nowMs()),
    set: (instant) => reanchor(inRange(toInstant(instant).getTime())),
    advance: (ms) => {
      if (!Number.isFinite(ms))
        throw new RangeError(`Invalid clock advance ${ms}: expected finite milliseconds`);
      return reanchor(inRange(nowMs() + ms));
    },
    get speed() {
      return speed;
    },
    setSpeed: (next) => {
      const checked = checkSpeed(next);
      reanchor(nowMs());
      speed = checked;
    },
    describe: () => ({ now: new Date(nowMs()).toISOString(), speed }),
  };
}
