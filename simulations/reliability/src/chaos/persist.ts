import { ConnectionError, IContactError } from '@icontact/sdk';

/** Statuses a consultant meets again by pressing Retry: the server or the gateway failed. */
const RETRY_STATUSES = new Set([408, 429, 500, 502, 503, 504]);

/** Whether a consultant would press Retry after this failure (the app's own retry, after the SDK's). */
export function isWorthRetrying(error: unknown): boolean {
  if (error instanceof ConnectionError) return error.data.userAborted !== true;
  return error instanceof IContactError && error.status !== undefined && RETRY_STATUSES.has(error.status);
}

/**
 * Runs `action` until it succeeds, as a consultant pressing Retry: after a failure that
 * {@link isWorthRetrying}, waits `pauseMs` and tries again, at most `attempts` times; any other failure
 * is thrown at once. Counts the presses in `presses`.
 */
export async function persist<T>(
  action: () => Promise<T>,
  presses: { count: number },
  attempts = 40,
  pauseMs = 25,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await action();
    } catch (error) {
      if (!isWorthRetrying(error) || attempt >= attempts) throw error;
      presses.count += 1;
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  }
}
