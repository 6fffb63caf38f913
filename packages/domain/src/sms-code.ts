/**
 * The SMS confirmation code (R16, guide #28): 6 digits, valid 5 minutes, 3 tries (decision 0001).
 */
import { Code } from '@icontact/errors';

/** The code's rules. */
export const SMS_CODE_POLICY = {
  /** Digits in a code. */
  length: 6,
  /** How long a code is valid, in minutes. */
  lifetimeMinutes: 5,
  /** How many verification tries one code allows. */
  maxTries: 3,
} as const;

const LIFETIME_MS = SMS_CODE_POLICY.lifetimeMinutes * 60_000;
const CODE_SPACE = 10 ** SMS_CODE_POLICY.length;

/**
 * A random source like `Math.random`: each call returns a number in `[0, 1)`. Pass a seeded one for
 * deterministic codes.
 */
export type RandomSource = () => number;

/** One issued code. A resend issues a new state, which invalidates the old code. */
export interface SmsCodeState {
  /** The code, 6 digits (leading zeros are real). */
  readonly code: string;
  /** When it was issued. */
  readonly issuedAt: Date;
  /** When it stops being valid: `issuedAt` + 5 minutes (exclusive). */
  readonly expiresAt: Date;
  /** How many verification tries were made. */
  readonly triesUsed: number;
}

/**
 * Draws a 6-digit code from a random source.
 *
 * @param random - returns numbers in `[0, 1)`
 * @throws RangeError when the source returns anything else
 */
export function generateSmsCode(random: RandomSource): string {
  const draw = random();
  if (!(draw >= 0 && draw < 1))
    throw new RangeError(`Random source returned ${draw}; expected a number in [0, 1)`);
  return String(Math.floor(draw * CODE_SPACE)).padStart(SMS_CODE_POLICY.length, '0');
}

/**
 * Issues a new code at `now`.
 *
 * @param options - `now`, and the `random` source the code is drawn from
 */
export function issueSmsCode(options: { readonly now: Date; readonly random: RandomSource }): SmsCodeState {
  return {
    code: generateSmsCode(options.random),
    issuedAt: options.now,
    expiresAt: new Date(options.now.getTime() + LIFETIME_MS),
    triesUsed: 0,
  };
}

/**
 * The verdict on one try, checked in this order:
 * the 4th try or later → `sms_code_attempts_exceeded` (even with the right code);
 * past its lifetime → `sms_code_expired`; a wrong code → `sms_code_invalid` with the tries left;
 * else `ok`.
 */
export type SmsCodeVerdict =
  | { readonly ok: true }
  | { readonly ok: false; readonly code: typeof Code.sms_code_invalid; readonly triesLeft: number }
  | { readonly ok: false; readonly code: typeof Code.sms_code_attempts_exceeded }
  | { readonly ok: false; readonly code: typeof Code.sms_code_expired; readonly expiredAt: Date };

/**
 * Verifies one try against the issued code. Every try counts, right or wrong.
 *
 * @param state - the issued code
 * @param attempt - the code the consumer gave and when
 * @returns the state with the try counted, and the verdict
 */
export function verifySmsCode(
  state: SmsCodeState,
  attempt: { readonly code: string; readonly now: Date },
): { readonly state: SmsCodeState; readonly verdict: SmsCodeVerdict } {
  const next: SmsCodeState = { ...state, triesUsed: state.triesUsed + 1 };
  if (next.triesUsed > SMS_CODE_POLICY.maxTries) {
    return { state: next, verdict: { ok: false, code: Code.sms_code_attempts_exceeded } };
  }
  if (attempt.now.getTime() >= state.expiresAt.getTime()) {
    return {
      state: next,
      verdict: { ok: false, code: Code.sms_code_expired, expiredAt: state.expiresAt },
    };
  }
  if (attempt.code !== state.code) {
    return {
      state: next,
      verdict: {
        ok: false,
        code: Code.sms_code_invalid,
        triesLeft: SMS_CODE_POLICY.maxTries - next.triesUsed,
      },
    };
  }
  return { state: next, verdict: { ok: true } };
}
