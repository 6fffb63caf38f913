import type { AdminClient } from './admin-client.js';

/**
 * The virtual clock as the actors of a run see it. Actors `join` when they begin and `leave` when they
 * end; between, they wait for virtual instants with `until`.
 */
export interface ClockDriver {
  /** The virtual now, epoch ms. */
  now(): number;
  /** Resolves once the virtual clock has reached `instant` (at once when it has). */
  until(instant: number): Promise<void>;
  /** An actor begins (it is busy until it waits or leaves). */
  join(): void;
  /** An actor is done. */
  leave(): void;
}

/** Options of {@link createSteppedClock}. */
export interface SteppedClockOptions {
  /** The virtual instant the run starts at, epoch ms. */
  readonly start: number;
  /** Moves the mock's clock (frozen) to an instant; awaited before the waiting actors wake. */
  readonly moveMockClock: (instant: number) => Promise<void>;
  /** Called with each instant the clock jumps to, once the mock is there. Default: nothing. */
  readonly onTick?: (instant: number) => void;
}

/**
 * A discrete-event clock: the mock's clock stands still while any actor is busy (a request under way,
 * the SDK's own backoff); once every actor waits, it jumps to the earliest instant one waits for, and
 * wakes every actor waiting for that instant together — so concurrent actors really send concurrently,
 * and a day runs in a second, the same way every time.
 */
export function createSteppedClock(options: SteppedClockOptions): ClockDriver {
  let now = options.start;
  let busy = 0;
  let moving = false;
  const waiters: { at: number; wake: () => void }[] = [];

  const step = async (): Promise<void> => {
    if (moving || busy > 0 || waiters.length === 0) return;
    moving = true;
    try {
      waiters.sort((a, b) => a.at - b.at);
      const next = waiters[0]?.at ?? now;
      now = Math.max(now, next);
      await options.moveMockClock(now);
      options.onTick?.(now);
      const due = waiters.filter((waiter) => waiter.at <= now);
      waiters.splice(0, due.length);
      busy += due.length;
      for (const waiter of due) waiter.wake();
    } finally {
      moving = false;
    }
  };
  const check = (): void => {
    // Let the actors that were just woken, or whose calls just ended, run first.
    setImmediate(() => void step());
  };

  return {
    now: () => now,
    until(instant) {
      if (instant <= now) return Promise.resolve();
      return new Promise<void>((resolve) => {
        waiters.push({ at: instant, wake: resolve });
        busy -= 1;
        check();
      });
    },
    join() {
      busy += 1;
    },
    leave() {
      busy -= 1;
      check();
    },
  };
}

/** Options of {@link createRunningClock}. */
export interface RunningClockOptions {
  /** The virtual instant at the start, epoch ms. */
  readonly start: number;
  /** Virtual ms per real ms (> 0). */
  readonly speed: number;
  /** The real clock, epoch ms. Default: `Date.now`. */
  readonly realNow?: () => number;
}

/**
 * A clock that runs at `speed` (the mock's runs alike): waiting for a virtual instant sleeps the real
 * time it takes to get there. For watching a run, or a mock shared with people.
 */
export function createRunningClock(options: RunningClockOptions): ClockDriver {
  const realNow = options.realNow ?? Date.now;
  const anchorReal = realNow();
  const now = (): number => options.start + (realNow() - anchorReal) * options.speed;
  return {
    now,
    until: (instant) =>
      new Promise((resolve) => setTimeout(resolve, Math.max(0, (instant - now()) / options.speed))),
    join: () => {},
    leave: () => {},
  };
}

/**
 * Moves a frozen mock clock and, when the plan can shut the API port, waits until the port has opened
 * or shut as the plan says (the mock applies a `refuse` outage asynchronously).
 */
export function mockClockMover(
  admin: AdminClient,
  portShouldBeOpen: ((instant: number) => boolean) | undefined,
): (instant: number) => Promise<void> {
  return async (instant) => {
    await admin.setClock(new Date(instant), 0);
    if (portShouldBeOpen === undefined) return;
    const wanted = portShouldBeOpen(instant);
    for (let tries = 0; tries < 100; tries++) {
      const health = await admin.health();
      if (health.apiPortOpen === null || health.apiPortOpen === wanted) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
}
