/** A pino-compatible logger: object first, message second. */
export interface BackendLogger {
  debug(fields: object, message?: string): void;
  info(fields: object, message?: string): void;
  warn(fields: object, message?: string): void;
  error(fields: object, message?: string): void;
}

/** The logger used when none is given: it drops everything. */
export const silentLogger: BackendLogger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
};
