import type { FaultSpecInput } from '@icontact/faults';
import type { BackendLimits, BackendLogger, KompraSettings, SmsGatewaySettings } from '@icontact/mock-core';

/** The virtual clock of the handlers' backend. */
export interface HandlersClockOptions {
  /**
   * The virtual instant at creation, and the instant {@link IContactMsw.reset} returns to: a `Date` or an
   * ISO 8601 string. Default: today (the real date in Asia/Almaty) at 08:30 local time.
   */
  readonly start?: Date | string;
  /**
   * Virtual milliseconds per real millisecond: `0` freezes the clock (it moves only when the test moves
   * it), `1` follows real time. Default: `0`: tests decide when time passes.
   */
  readonly speed?: number;
}

/** Options of {@link createHandlers}. Every one has a default: `createHandlers()` is a usable mock. */
export interface HandlersOptions {
  /**
   * The API base URL(s) the handlers answer, exactly as the client's `baseUrl` (with its path, without a
   * trailing slash), absolute or — in a browser — relative to the page (`/api/v1`). One catch-all handler
   * per base URL. Default: {@link DEFAULT_BASE_URL}, a host under `.test` that never resolves, so a request
   * that escapes MSW fails instead of reaching a real server.
   */
  readonly baseUrl?: string | readonly string[];
  /** The seed of the seed data, the SMS codes and the faults' random draws: a safe integer. Default: `1`. */
  readonly seed?: number;
  /** The virtual clock. Default: today 08:30 in Asia/Almaty, frozen. */
  readonly clock?: HandlersClockOptions;
  /**
   * Faults registered from the start, and again after every {@link IContactMsw.reset} (see
   * `@icontact/faults` for the kinds). Default: none.
   */
  readonly faults?: readonly FaultSpecInput[];
  /** The oldest app version served to tablets (`MAJOR.MINOR.PATCH`). Default: the core's, `3.0.0`. */
  readonly minimumAppVersion?: string;
  /** KOMPRA's behaviour when no fault says otherwise. Default: up, timeout 5000 ms. */
  readonly kompra?: Partial<KompraSettings>;
  /** The SMS gateway's behaviour when no fault says otherwise. Default: up. */
  readonly smsGateway?: Partial<SmsGatewaySettings>;
  /** Request size limits. Default: the core's (body 1 MiB, sync batch 100). */
  readonly limits?: BackendLimits;
  /** Where the backend logs each request and injected fault (pino-compatible). Default: nowhere. */
  readonly logger?: BackendLogger;
}

/** The default {@link HandlersOptions.baseUrl}: the mock server's host name, which never resolves. */
export const DEFAULT_BASE_URL = 'https://api.icontact.test/api/v1';
