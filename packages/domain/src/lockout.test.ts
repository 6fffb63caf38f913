import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  activeLock,
  INITIAL_LOCKOUT_STATE,
  type LockoutState,
  type LoginAttemptVerdict,
  liftLockout,
  registerLoginAttempt,
} from './lockout.js';

const T0 = Date.parse('2026-11-24T04:00:00.000Z');
const minutes = (m: number) => new Date(T0 + m * 60_000);

/** Runs attempts (minute offset, credentials right?) from the initial state. */
function run(attempts: readonly (readonly [number, boolean])[]): {
  state: LockoutState;
  verdicts: LoginAttemptVerdict[];
} {
  let state = INITIAL_LOCKOUT_STATE;
  const verdicts: LoginAttemptVerdict[] = [];
  for (const [minute, credentialsValid] of attempts) {
    const step = registerLoginAttempt(state, { now: minutes(minute), credentialsValid });
    state = step.state;
    verdicts.push(step.verdict);
  }
  return { state, verdicts };
}

describe('login lockout', () => {
  it('counts down failures, then locks on the 5th within 15 minutes with too_many_login_attempts', () => {
    const { verdicts } = run([
      [0, false],
      [1, false],
      [2, false],
      [3, false],
      [4, false],
    ]);
    expect(verdicts.slice(0, 4)).toEqual(
      [4, 3, 2, 1].map((left) => ({ outcome: 'rejected', failuresUntilLock: left })),
    );
    expect(verdicts[4]).toEqual({
      outcome: 'locked_now',
      code: 'too_many_login_attempts',
      lockedUntil: minutes(14),
      retryAfterSeconds: 600,
    });
  });

  it('answers account_locked during the lock, even with the right password', () => {
    const { verdicts } = run([
      [0, false],
      [0, false],
      [0, false],
      [0, false],
      [0, false],
      [9.5, true],
    ]);
    expect(verdicts[5]).toEqual({
      outcome: 'locked',
      code: 'account_locked',
      lockedUntil: minutes(10),
      retryAfterSeconds: 30,
    });
  });

  it('lets the right password in once the lock has ended', () => {
    const { verdicts } = run([...Array.from({ length: 5 }, () => [0, false] as const), [10, true]]);
    expect(verdicts[5]).toEqual({ outcome: 'accepted' });
  });

  it('starts counting afresh after a lock ends', () => {
    const { verdicts } = run([...Array.from({ length: 5 }, () => [0, false] as const), [10, false]]);
    expect(verdicts[5]).toEqual({ outcome: 'rejected', failuresUntilLock: 4 });
  });

  it('forgets failures older than 15 minutes', () => {
    const { verdicts } = run([
      [0, false],
      [1, false],
      [2, false],
      [3, false],
      [15, false], // the failure at minute 0 is exactly 15 minutes old: it no longer counts
    ]);
    expect(verdicts[4]).toEqual({ outcome: 'rejected', failuresUntilLock: 1 });
  });

  it('resets the count on a successful login', () => {
    const { verdicts } = run([
      [0, false],
      [1, false],
      [2, false],
      [3, false],
      [4, true],
      [5, false],
    ]);
    expect(verdicts[4]).toEqual({ outcome: 'accepted' });
    expect(verdicts[5]).toEqual({ outcome: 'rejected', failuresUntilLock: 4 });
  });

  it('lifts the lock on a completed password reset', () => {
    const locked = run(Array.from({ length: 5 }, () => [0, false] as const)).state;
    expect(activeLock(locked, minutes(1))).not.toBeNull();
    const lifted = liftLockout();
    expect(activeLock(lifted, minutes(1))).toBeNull();
    expect(registerLoginAttempt(lifted, { now: minutes(1), credentialsValid: true }).verdict).toEqual({
      outcome: 'accepted',
    });
  });

  it('never lets any attempt in while locked, and always ends a lock 10 minutes after it began', () => {
    const attempt = fc.record({
      gap: fc.integer({ min: 0, max: 20 * 60_000 }),
      credentialsValid: fc.boolean(),
    });
    fc.assert(
      // biome-ignore lint/complexity/noExcessiveCognitiveComplexity: a property's model of the lockout, checked step by step inside fast-check's callback
      fc.property(fc.array(attempt, { maxLength: 40 }), (attempts) => {
        let state = INITIAL_LOCKOUT_STATE;
        let t = T0;
        let lockStartedAt: number | null = null;
        for (const { gap, credentialsValid } of attempts) {
          t += gap;
          const wasLocked = activeLock(state, new Date(t)) !== null;
          const step = registerLoginAttempt(state, { now: new Date(t), credentialsValid });
          if (wasLocked) expect(step.verdict.outcome).toBe('locked');
          if (step.verdict.outcome === 'locked_now') lockStartedAt = t;
          if (step.verdict.outcome === 'locked' || step.verdict.outcome === 'locked_now') {
            expect(step.verdict.lockedUntil.getTime()).toBe((lockStartedAt ?? Number.NaN) + 600_000);
            expect(step.verdict.retryAfterSeconds).toBeGreaterThanOrEqual(1);
          }
          state = step.state;
        }
      }),
    );
  });
});
