/**
 * Counts the attempts of each request identity, remembering at most `capacity` identities (the least
 * recently seen is forgotten first, so that a long run does not grow without bound).
 */
export interface AttemptCounter {
  /** Records one more attempt of `identity` and returns its number, 1 for the first. */
  next(identity: string): number;
  /** Forgets every identity. */
  clear(): void;
}

/** Creates an {@link AttemptCounter} that remembers up to `capacity` identities. */
export function createAttemptCounter(capacity: number): AttemptCounter {
  const attempts = new Map<string, number>();
  return {
    next(identity) {
      const attempt = (attempts.get(identity) ?? 0) + 1;
      attempts.delete(identity);
      attempts.set(identity, attempt);
      if (attempts.size > capacity) {
        const oldest = attempts.keys().next();
        if (oldest.done !== true) attempts.delete(oldest.value);
      }
      return attempt;
    },
    clear() {
      attempts.clear();
    },
  };
}
