/**
 * The app-version rule (R7, guide #18): a tablet below the minimum supported version is refused.
 */

import { Code } from '@icontact/errors';
import semverCompare from 'semver/functions/compare.js';
import semverParse from 'semver/functions/parse.js';
import type { ClientKind } from './client-access.js';

/** The minimum app version the mock publishes by default (decision 0001). */
export const DEFAULT_MINIMUM_APP_VERSION = '3.0.0';

/** A semantic version starts with MAJOR.MINOR.PATCH digits; `v1.2.3` or ` 1.2.3` is not one. */
const STARTS_AS_VERSION = /^\d+\.\d+\.\d+(?:[-+]|$)/;

/**
 * Parses an app version `MAJOR.MINOR.PATCH` (a full semantic version: a pre-release such as
 * `3.1.0-beta.2` ranks below its release, build metadata is ignored).
 *
 * @param value - the version as sent in `X-App-Version`
 * @returns the normalised version (without build metadata), or `null` when it is missing or not one
 */
export function parseAppVersion(value: string | null | undefined): string | null {
  if (value === null || value === undefined || !STARTS_AS_VERSION.test(value)) return null;
  return semverParse(value)?.version ?? null;
}

function requireVersion(value: string, what: string): string {
  const parsed = parseAppVersion(value);
  if (parsed === null) throw new RangeError(`${what} "${value}" is not a MAJOR.MINOR.PATCH version`);
  return parsed;
}

/**
 * Compares two app versions by semantic-version precedence.
 *
 * @returns -1 when `a` is older, 0 when equal, 1 when newer
 * @throws RangeError when either is not a version
 */
export function compareAppVersions(a: string, b: string): -1 | 0 | 1 {
  return semverCompare(requireVersion(a, 'Version'), requireVersion(b, 'Version'));
}

/** Why a tablet's version is refused. */
export type AppVersionFailureReason = 'missing' | 'unparseable' | 'below_minimum';

/** The result of {@link checkAppVersion}. */
export type AppVersionResult =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly code: typeof Code.app_version_outdated;
      readonly reason: AppVersionFailureReason;
      /** The minimum supported version, normalised. */
      readonly minimumVersion: string;
    };

/** What {@link checkAppVersion} looks at. */
export interface AppVersionCheck {
  /** The declared client kind: only `tablet` is version-checked. */
  readonly clientKind: ClientKind;
  /** The `X-App-Version` header, if any. */
  readonly appVersion: string | null | undefined;
  /** The minimum supported version. Default: {@link DEFAULT_MINIMUM_APP_VERSION}. */
  readonly minimumVersion?: string;
}

/**
 * Decides whether a request's app version is outdated. Only tablets are checked; for a tablet a
 * missing or unparseable version counts as outdated.
 *
 * @throws RangeError when `minimumVersion` itself is not a version (a configuration error)
 */
export function checkAppVersion(check: AppVersionCheck): AppVersionResult {
  const minimumVersion = requireVersion(
    check.minimumVersion ?? DEFAULT_MINIMUM_APP_VERSION,
    'minimumVersion',
  );
  if (check.clientKind !== 'tablet') return { ok: true };
  const refuse = (reason: AppVersionFailureReason): AppVersionResult => ({
    ok: false,
    code: Code.app_version_outdated,
    reason,
    minimumVersion,
  });
  if (check.appVersion === null || check.appVersion === undefined || check.appVersion === '') {
    return refuse('missing');
  }
  const version = parseAppVersion(check.appVersion);
  if (version === null) return refuse('unparseable');
  return semverCompare(version, minimumVersion) < 0 ? refuse('below_minimum') : { ok: true };
}
