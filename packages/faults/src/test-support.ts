/** Helpers for this package's tests; excluded from the build. */

/** Runs `run` and returns what it threw, failing when it throws nothing or something not of `type`. */
export function thrownBy<E extends Error>(type: abstract new (...args: never[]) => E, run: () => unknown): E {
  try {
    run();
  } catch (error) {
    if (error instanceof type) return error;
    throw error;
  }
  throw new Error(`expected a ${type.name}, but nothing was thrown`);
}

/** A path as `a.b.0.c`, for comparing issue paths in tables. */
export function dotted(path: readonly (string | number)[]): string {
  return path.join('.');
}
