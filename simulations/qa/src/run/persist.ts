import { IContactError } from '@icontact/sdk';
import type { StepTiming } from '../scenario/step-schemas.js';
import type { RunContext } from './run-context.js';
import { reactTo } from './step-policy.js';

/** Default tries of a step, the first included. */
export const DEFAULT_ATTEMPTS = 4;
/** Default pause before an immediate retry, virtual ms. */
export const DEFAULT_PAUSE_MS = 60_000;

/** How a step ended. */
export type StepOutcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: IContactError | null; readonly reason: string };

/** The run's time limit was reached while an actor waited: its script ends. */
export class TimeLimitReached extends Error {
  override readonly name = 'TimeLimitReached';
}

/** Waits for a virtual instant, unless it lies past the run's deadline. */
export async function waitUntil(context: RunContext, instant: number): Promise<void> {
  if (instant > context.deadline) {
    throw new TimeLimitReached(
      `the run's time limit (${context.scenario.timeLimitHours} h of virtual time) was reached`,
    );
  }
  await context.clock.until(instant);
}

/** What {@link persist} needs from its actor. */
export interface PersistOptions {
  readonly actor: string;
  /** The step's name in observations, e.g. `register.checkIin`. */
  readonly step: string;
  readonly timing: StepTiming;
  /** Logs the actor in again (for `after_login`); resolves whether it worked. Default: cannot. */
  readonly relogin?: () => Promise<boolean>;
  /** Called before every try with its number (1 for the first). Default: nothing. */
  readonly onAttempt?: (attempt: number) => void;
}

/**
 * Runs one step as a consultant who follows the guide: on an error the app shows, records it, then
 * waits and tries again, logs in again, or gives up, as {@link reactTo} says. Anything thrown that is
 * not an `IContactError` is a bug of the harness or the SDK and is rethrown.
 */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: a consultant's retry loop: each reaction of reactTo (wait, log in again, give up) beside the attempt
export async function persist<T>(
  context: RunContext,
  options: PersistOptions,
  call: (attempt: number) => Promise<T>,
): Promise<StepOutcome<T>> {
  const attempts = options.timing.attempts ?? DEFAULT_ATTEMPTS;
  const pauseMs = options.timing.pause ?? DEFAULT_PAUSE_MS;
  for (let attempt = 1; ; attempt++) {
    options.onAttempt?.(attempt);
    try {
      return { ok: true, value: await call(attempt) };
    } catch (thrown) {
      if (!(thrown instanceof IContactError)) throw thrown;
      const reaction = reactTo({
        retry: thrown.retry,
        data: thrown.data,
        now: context.clock.now(),
        attempt,
        attempts,
        pauseMs,
      });
      context.recorder.seen(options.actor, options.step, thrown, reaction);
      if (reaction.kind === 'retry') {
        await waitUntil(context, reaction.at);
      } else if (reaction.kind === 'relogin') {
        if (options.relogin === undefined || !(await options.relogin())) {
          return { ok: false, error: thrown, reason: 'could not log in again' };
        }
      } else if (reaction.kind === 'give_up') {
        return { ok: false, error: thrown, reason: reaction.reason };
      }
    }
  }
}
