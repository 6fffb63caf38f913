/**
 * The app-version rule (R7, guide #18): a tablet below the minimum supported version is refused.
 */

import { Code } from '@icontact/errors';
import type { ClientKind } from './client-access.js';

/** The minimum app version the mock publishes by default (decision 0001). */
export const DEFAULT_MINIMUM_APP_VERSION = '3.0.0';

const NUMBER = '0|[1-9]\\d*';
const IDENTIFIER = `(?:${NUMBER}|\\d*[A-Za-z-][0-9A-Za-z-]*)`;
/** A semantic version 2.0.0: MAJOR.MINOR.PATCH, an optional pre-release, optional build metadata. */
const SEMVER = new RegExp(
  `^(${NUMBER})\\.(${NUMBER})\\.(${NUMBER})(?:-(${IDENTIFIER}(?:\\.${IDENTIFIER})*))?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?$`,
);
/** The longest version string accepted (as node-semver). */
const MAX_LENGTH = 256;

/**
 * Parses an app version `MAJOR.MINOR.PATCH` (a full semantic version: a pre-release such as
 * `3.1.0-beta.2` ranks below its release, build metadata is ignored). The app-version rule is ours, so
 * the grammar of SemVer 2.0.0 is written here rather than shipping a general semver library to every
 * tablet; a property test holds it to node-semver.
 *
 * @param value - the version as sent in `X-App-Version`
 * @returns the normalised version (without build metadata), or `null` when it is missing or not one
 */
export function parseAppVersion(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value.length > MAX_LENGTH) return null;
  const match = SEMVER.exec(value);
  if (match === null) return null;
  const [, major = '', minor = '', patch = '', pre] = match;
  if ([major, minor, patch].some((part) => Number(part) > Number.MAX_SAFE_INTEGER)) return null;
  return `${major}.${minor}.${patch}${pre === undefined ? '' : `-${pre}`}`;
}

/** Compares two numeric identifiers without leading zeros, of any length. */
function compareNumeric(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/** Compares two pre-release identifiers: numeric below alphanumeric, numbers by value, text in ASCII order. */
function compareIdentifier(a: string, b: string): number {
  const aNumeric = /^\d+$/.test(a);
  const bNumeric = /^\d+$/.test(b);
  if (aNumeric && bNumeric) return compareNumeric(a, b);
  if (aNumeric !== bNumeric) return aNumeric ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** SemVer 2.0.0 precedence (§11) of two normalised versions. */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: SemVer 2.0.0 §11 precedence, rule by rule in the specification's order; split, the rules would no longer read against the text
function precedence(a: string, b: string): -1 | 0 | 1 {
  const [aCore = '', aPre] = splitOnce(a);
  const [bCore = '', bPre] = splitOnce(b);
  const aParts = aCore.split('.');
  const bParts = bCore.split('.');
  for (let i = 0; i < 3; i++) {
    const order = compareNumeric(aParts[i] ?? '0', bParts[i] ?? '0');
    if (order !== 0) return order < 0 ? -1 : 1;
  }
  if (aPre === undefined || bPre === undefined) {
    return aPre === bPre ? 0 : aPre === undefined ? 1 : -1;
  }
  const aIds = aPre.split('.');
  const bIds = bPre.split('.');
  for (let i = 0; i < Math.min(aIds.length, bIds.length); i++) {
    const order = compareIdentifier(aIds[i] ?? '', bIds[i] ?? '');
    if (order !== 0) return order < 0 ? -1 : 1;
  }
  return Math.sign(aIds.length - bIds.length) as -1 | 0 | 1;
}

/** `1.2.3-beta.1` → `['1.2.3', 'beta.1']`; `1.2.3` → `['1.2.3', undefined]`. */
function splitOnce(version: string): [string, string | undefined] {
  const dash = version.indexOf('-');
  return dash === -1 ? [version, undefined] : [version.slice(0, dash), version.slice(dash + 1)];
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
  return precedence(requireVersion(a, 'Version'), requireVersion(b, 'Version'));
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
  return precedence(version, minimumVersion) < 0 ? refuse('below_minimum') : { ok: true };
}
