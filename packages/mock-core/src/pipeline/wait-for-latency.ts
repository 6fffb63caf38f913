/**
 * Waits `ms` real milliseconds (Node and browsers), or less when `signal` aborts first — the client went
 * away. Resolves `true` when the whole delay passed, `false` when it was cut short.
 */
export function waitForLatency(ms: number, signal?: AbortSignal): Promise<boolean> {
  if (signal?.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
