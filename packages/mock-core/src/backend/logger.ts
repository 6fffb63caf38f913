/** A pino-compatible logger: object first, message second. */
export interface BackendLogger {
  debug(fields: object, message?: string): void;
  info(fields: object, message?: string): void;
  warn(fields: object, message?: string): void;
  error(fields: object, message?: string): void;
  /**
   * Whether a message of `level` would be written (pino's `isLevelEnabled`). When present, the backend
   * builds a per-request log line only when it would be written. Default: every level is.
   */
  isLevelEnabled?(level: 'debug' | 'info' | 'warn' | 'error'): boolean;
}

/** The logger used when none is given: it drops everything. */
export const silentLogger: BackendLogger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  isLevelEnabled: () => false,
};
