/** What one call (or a client made by `withOptions`) changes of the client's transport settings. */
export interface CallOverrides {
  /** Longest time for one attempt, ms (replaces `timeouts.requestMs`). */
  readonly timeoutMs?: number;
  /** Retries after the first attempt (replaces `retry.maxRetries`). */
  readonly maxRetries?: number;
}

const overrides = new WeakMap<Request, CallOverrides>();

/** Adds overrides to a request; later ones (the call's) win over earlier ones (the derived client's). */
export function addCallOverrides(request: Request, added: CallOverrides): void {
  overrides.set(request, { ...overrides.get(request), ...added });
}

/** The overrides of a request, `{}` when it has none. */
export function getCallOverrides(request: Request): CallOverrides {
  return overrides.get(request) ?? {};
}
