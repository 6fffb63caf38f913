/**
 * k6's `console` (its logger: `k6 run --log-output`), which `@types/k6` leaves to the DOM or Node
 * typings; the k6 scripts are checked with neither.
 */
declare global {
  var console: {
    log(...args: unknown[]): void;
    info(...args: unknown[]): void;
    warn(...args: unknown[]): void;
    error(...args: unknown[]): void;
    debug(...args: unknown[]): void;
  };
}

export {};
