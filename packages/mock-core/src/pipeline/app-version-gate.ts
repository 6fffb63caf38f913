import { type AppVersionResult, type ClientKind, checkAppVersion } from '@icontact/domain';

/** How many distinct (client kind, version, minimum) checks are remembered before the memory starts over. */
const REMEMBERED = 64;

/**
 * {@link checkAppVersion} remembered per client kind, `X-App-Version` and minimum version: a fleet sends
 * a handful of versions, and parsing one as SemVer on every request cost more than the rest of a read's
 * checks. The check is a pure function of the three, so a remembered verdict is the verdict.
 */
export function createAppVersionGate(): (
  clientKind: ClientKind,
  appVersion: string | undefined,
  minimumVersion: string,
) => AppVersionResult {
  const verdicts = new Map<string, AppVersionResult>();
  return (clientKind, appVersion, minimumVersion) => {
    const key = `${clientKind}\u0000${minimumVersion}\u0000${appVersion ?? '\u0000'}`;
    const known = verdicts.get(key);
    if (known !== undefined) return known;
    const verdict = checkAppVersion({ clientKind, appVersion, minimumVersion });
    if (verdicts.size >= REMEMBERED) verdicts.clear();
    verdicts.set(key, verdict);
    return verdict;
  };
}
