import { parsePhone } from '@icontact/domain';
import { Code } from '@icontact/errors';
import { LocalError } from '../core/errors/local-error.js';
import type { SdkContext } from '../internal/sdk-context.js';
import { unwrap } from '../internal/unwrap.js';
import type { SmsQuota } from '../types.js';
import { type CallOptions, initOf } from './call-options.js';

/** The SMS quota (3 per number per calendar month, R16). Sending and verifying are contact steps. */
export class SmsResource {
  readonly #context: SdkContext;

  constructor(context: SdkContext) {
    this.#context = context;
  }

  /** The number's quota this month; the phone is checked locally first (`phone_invalid`). */
  async quota(phone: string, options: CallOptions = {}): Promise<SmsQuota> {
    const parsed = parsePhone(phone);
    if (!parsed.ok) {
      throw new LocalError({
        code: Code.phone_invalid,
        detail: `"${phone}" is not a Kazakhstan mobile number (+7 or 8 and 10 digits, a mobile prefix).`,
        data: { reason: parsed.reason },
        operation: 'getSmsQuota',
      });
    }
    return unwrap(
      this.#context.raw.GET('/sms/quota/{phone}', {
        params: { path: { phone: parsed.phone } },
        ...initOf(options),
      }),
    );
  }
}
