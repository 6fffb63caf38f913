import type { RetryPolicy } from '@icontact/errors';
import type { Reaction } from './run-result.js';

/** What the consultant knows when an error appears. */
export interface ReactionInput {
  /** The error's retry policy (the catalogue's, or the answer's `Retry-After`). */
  readonly retry: RetryPolicy;
  /** The error's data: `opensAt` for the login window. */
  readonly data: { readonly opensAt?: string | null };
  /** Virtual now, epoch ms. */
  readonly now: number;
  /** The try that failed (1 for the first). */
  readonly attempt: number;
  /** Tries allowed in all. */
  readonly attempts: number;
  /** The pause before an immediate retry, ms. */
  readonly pauseMs: number;
}

/**
 * What a consultant who follows the guide does after an error, from its retry policy:
 *
 * | policy | reaction |
 * |---|---|
 * | `now` | try again after the step's pause |
 * | `after N s` | try again N seconds later (`Retry-After`, KOMPRA's 5 minutes, the lock's 10) |
 * | `shift_window` | try again when the login window opens (`opensAt`); give up without one |
 * | `after_login` | log in again, then try again |
 * | `never`, `after_supervisor`, `next_month` | give up the step |
 *
 * and gives up once the step's tries are used.
 */
export function reactTo(input: ReactionInput): Reaction {
  const { retry } = input;
  if (retry.when === 'never' || retry.when === 'after_supervisor' || retry.when === 'next_month') {
    return { kind: 'give_up', reason: `a retry cannot help (${retry.when})` };
  }
  if (input.attempt >= input.attempts) {
    return { kind: 'give_up', reason: `no tries left (${input.attempts})` };
  }
  switch (retry.when) {
    case 'now':
      return { kind: 'retry', at: input.now + input.pauseMs };
    case 'after':
      return { kind: 'retry', at: input.now + Math.max(retry.seconds * 1000, 1000) };
    case 'shift_window': {
      const opensAt = input.data.opensAt;
      if (typeof opensAt !== 'string') return { kind: 'give_up', reason: 'no shift window opens' };
      return { kind: 'retry', at: Math.max(Date.parse(opensAt), input.now + 1000) };
    }
    case 'after_login':
      return { kind: 'relogin' };
  }
}
