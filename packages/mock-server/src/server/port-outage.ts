import type { FaultState } from '@icontact/faults';

/**
 * Mirrors `FaultEngine.connectionOutage('connect')` of `@icontact/faults`, which the backend's admin
 * surface does not expose yet; it reads only what `BackendAdmin.faults()` lists.
 *
 * The `refuse` fault that closes the API port now, if any: one that has not expired, holds at this
 * virtual instant, and strikes every connection (no `times`, no probability below 1). Such a fault is an
 * outage of the port for as long as it holds, so the port really stops listening (`ECONNREFUSED`).
 * A `refuse` fault with `times` or a probability strikes connection by connection instead.
 */
export function portOutageOf(faults: readonly FaultState[], now: Date): FaultState | undefined {
  const instant = now.getTime();
  return faults.find((fault) => {
    if (fault.spec.kind !== 'refuse' || fault.expired) return false;
    const { times, probability, window } = fault.spec.target;
    if (times !== undefined || (probability !== undefined && probability < 1)) return false;
    if (window?.from !== undefined && instant < Date.parse(window.from)) return false;
    if (window?.to !== undefined && instant >= Date.parse(window.to)) return false;
    return true;
  });
}
