import { isTransientStatus } from '@icontact/errors';
import { Code, ConnectionError, IContactError } from '@icontact/sdk';

/**
 * Whether a consultant would press Retry after this failure (the app's own retry, after the SDK's): the
 * network failed, the server or the gateway failed (the catalogue's transient statuses), or the server was still running the same request
 * (`idempotency_request_in_progress`: "try again in a moment"). A domain refusal is not retried: it
 * fails the run, so that a conflict the SDK should have avoided is never papered over.
 */
export function isWorthRetrying(error: unknown): boolean {
  if (error instanceof ConnectionError) return error.data.userAborted !== true;
  if (!(error instanceof IContactError)) return false;
  if (error.code === Code.idempotency_request_in_progress) return true;
  return error.status !== undefined && isTransientStatus(error.status);
}

/** How long a consultant keeps pressing Retry; the pauses between presses. */
export interface PersistOptions {
  /** Presses stop once this many milliseconds have passed since the first try. Default: 30 000. */
  readonly patienceMs?: number;
  /** The pause before the first press, doubled after each press up to {@link maxPauseMs}. Default: 25. */
  readonly pauseMs?: number;
  /** The longest pause between two presses. Default: 250. */
  readonly maxPauseMs?: number;
}

/**
 * Runs `action` until it succeeds, as a consultant pressing Retry: after a failure that
 * {@link isWorthRetrying}, pauses and tries again, until `patienceMs` have passed (a restart of the mock
 * on a loaded machine can take seconds, so patience is counted in time, not presses); any other failure
 * is thrown at once, and the last failure when patience runs out. Counts the presses in `presses`.
 */
export async function persist<T>(
  action: () => Promise<T>,
  presses: { count: number },
  options: PersistOptions = {},
): Promise<T> {
  const patienceMs = options.patienceMs ?? 30_000;
  const maxPauseMs = options.maxPauseMs ?? 250;
  const giveUpAt = Date.now() + patienceMs;
  let pauseMs = options.pauseMs ?? 25;
  for (;;) {
    try {
      return await action();
    } catch (error) {
      if (!isWorthRetrying(error) || Date.now() + pauseMs >= giveUpAt) throw error;
      presses.count += 1;
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
      pauseMs = Math.min(maxPauseMs, pauseMs * 2);
    }
  }
}
