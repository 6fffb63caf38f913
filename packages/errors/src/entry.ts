import type { ErrorCode } from './codes.js';

/** A text in both languages of the toolkit: Russian (the consultants' language) and English. */
export interface LocalizedText {
  /** Russian, as a consultant reads it. */
  readonly ru: string;
  /** English. */
  readonly en: string;
}

/** The two languages every text of the catalogue is written in. */
export type Lang = keyof LocalizedText;

/** Where in the consultant's work an error arises. `any` means: on any request or screen. */
export type ErrorArea = 'login' | 'reset' | 'shift' | 'contact' | 'iin' | 'sms' | 'sync' | 'any';

/** A failure below HTTP: the request never got a complete answer. */
export type TransportFailure =
  | 'dns'
  | 'refused'
  | 'stream_cut'
  | 'aborted'
  | 'follow_up_loop'
  | 'timeout'
  | 'offline';

/** A failure on the device itself, before or without any request. */
export type LocalFailure = 'storage_full' | 'input' | 'step_order' | 'cancelled';

/** An error the API answers with an HTTP status and the body `{ detail, code, requestId, ... }`. */
export interface HttpWire {
  readonly kind: 'http';
  /** The HTTP status of the answer. */
  readonly status: number;
  /**
   * Set when the answer carries `Retry-After` (and `retryAfter` in the body): the delay in seconds
   * that the mock sends by default. Absent: no `Retry-After`.
   */
  readonly retryAfter?: number;
}

/** An error the client's HTTP stack raises (OkHttp, undici, a browser's fetch). */
export interface TransportWire {
  readonly kind: 'transport';
  /** What went wrong below HTTP. */
  readonly failure: TransportFailure;
}

/** An error the app or the SDK raises on the device, without a request. */
export interface LocalWire {
  readonly kind: 'local';
  /** What went wrong on the device. */
  readonly failure: LocalFailure;
}

/** A situation the guide documents that no single answer shows (a code that never comes, an unlisted error). */
export interface AdvisoryWire {
  readonly kind: 'advisory';
}

/** How an error shows up on the wire or on the device. */
export type Wire = HttpWire | TransportWire | LocalWire | AdvisoryWire;

/**
 * Whether and when repeating the same action can succeed.
 *
 * - `never`: repeating it unchanged fails again (fix the input, update the app, use another path);
 * - `now`: a retry at once can succeed (a transient failure);
 * - `after`: wait `seconds` first (the answer's own `Retry-After`, when it has one, takes precedence);
 * - `after_login`: log in again (or refresh the token) first;
 * - `after_supervisor`: only once the supervisor (or the agency) has acted;
 * - `next_month`: not before the next calendar month in Asia/Almaty;
 * - `shift_window`: not before the login window opens, 15 minutes before the shift's planned start
 *   (the answer's `opensAt`).
 */
export type RetryPolicy =
  | { readonly when: 'never' }
  | { readonly when: 'now' }
  | { readonly when: 'after'; readonly seconds: number }
  | { readonly when: 'after_login' }
  | { readonly when: 'after_supervisor' }
  | { readonly when: 'next_month' }
  | { readonly when: 'shift_window' };

/**
 * Something that recognises an error in a text a client sees: a backend's `detail` or a transport
 * error's message. A string matches when the text contains it, ignoring case and runs of whitespace;
 * a regular expression must not carry the `g` or `y` flag (it is tested, never iterated).
 */
export type TextMatcher = string | RegExp;

/**
 * What an app needs to know about one error code. The developer-facing text (what a developer does
 * about it) is on the entry `@icontact/errors/developer`, so that an app's bundle does not carry it.
 */
export interface ErrorEntry {
  /** The stable code, also sent as the body's `code`. */
  readonly code: ErrorCode;
  /** The consultants' guide entries (1–31, see `GUIDE_ENTRIES`) this code covers; `[]` when the guide does not name it. */
  readonly guideEntries: readonly number[];
  /** Where the error arises. */
  readonly area: ErrorArea;
  /** How the error shows on the wire or on the device. */
  readonly wire: Wire;
  /**
   * The exact text the app shows, as the guide quotes it (Russian or English); for codes the guide
   * does not name, the `detail` the API sends (Django REST framework's own text where it has one).
   */
  readonly appText: string;
  /** What recognises this error in a real backend's `detail` or an OkHttp/undici/browser message. */
  readonly matchers: readonly TextMatcher[];
  /** What the error means, in one sentence. */
  readonly message: LocalizedText;
  /** Whether and when a retry can help. */
  readonly retry: RetryPolicy;
  /** What the consultant does; for guide entries, faithful to the guide's Russian. */
  readonly remedy: LocalizedText;
}
