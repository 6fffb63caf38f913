const REDIRECT_STATUSES: ReadonlySet<number> = new Set([300, 301, 302, 303, 307, 308]);

/** Where a redirect leads and how the request changes, as the Fetch standard says. */
export interface RedirectStep {
  readonly url: string;
  readonly method: string;
  /** Whether the body (and its content headers) is dropped: 303, and 301/302 after a POST. */
  readonly dropBody: boolean;
  /** Whether the new URL is on another origin (credentials are then not forwarded). */
  readonly crossOrigin: boolean;
}

/**
 * The next step of a redirect answer, or `null` when the answer is not a redirect to follow.
 *
 * As the Fetch standard says, except for a write that carries an `Idempotency-Key`
 * (`idempotent: true`): a 301 or 302 re-sends it as it was, with the same key, instead of turning it
 * into a GET. A GET would reach another operation (a 302 on `POST …/sync` lands on the sync status)
 * and hand its answer back as if the write had been answered; the key makes the repeat safe.
 *
 * @param idempotent - whether the request carries an Idempotency-Key the server honours
 */
export function redirectStep(
  status: number,
  location: string | null,
  from: string,
  method: string,
  idempotent = false,
): RedirectStep | null {
  if (!REDIRECT_STATUSES.has(status) || location === null) return null;
  const url = new URL(location, from);
  const toGet =
    status === 303
      ? method !== 'HEAD'
      : (status === 301 || status === 302) && method === 'POST' && !idempotent;
  return {
    url: url.href,
    method: toGet ? 'GET' : method,
    dropBody: toGet,
    crossOrigin: url.origin !== new URL(from).origin,
  };
}
