import { compareAppVersions } from '@icontact/domain';
import type { SdkContext } from '../internal/sdk-context.js';
import { unwrap } from '../internal/unwrap.js';
import type { AppVersion } from '../types.js';
import { type CallOptions, initOf } from './call-options.js';

/** The supported app versions (R7). */
export class AppResource {
  readonly #context: SdkContext;
  readonly #appVersion: string;

  constructor(context: SdkContext, appVersion: string) {
    this.#context = context;
    this.#appVersion = appVersion;
  }

  /** The minimum and latest app versions (public: no login needed). */
  version(options: CallOptions = {}): Promise<AppVersion> {
    return unwrap(this.#context.raw.GET('/app/version', initOf(options)));
  }

  /** Whether this client's `appVersion` is below the published minimum (the server would answer 426). */
  async isOutdated(options: CallOptions = {}): Promise<boolean> {
    const { minimumVersion } = await this.version(options);
    return compareAppVersions(this.#appVersion, minimumVersion) < 0;
  }
}
