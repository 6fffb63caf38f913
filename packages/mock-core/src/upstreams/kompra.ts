import { Code } from '@icontact/errors';
import type { BackendCore } from '../backend/backend-core.js';
import { refuse } from '../http/api-error.js';

/** Waits `ms` real milliseconds (works in Node and browsers). */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Asks the simulated KOMPRA to verify an ИИН. Its state is the fault engine's upstream condition when
 * a fault strikes, else the admin settings. `down` → `kompra_unavailable` (503, `Retry-After: 300`);
 * `slow` → waits the delay in real time, or the timeout when the delay is longer, then
 * `kompra_timeout` (504). The ИИН itself is well-formed by then (the consumer step checks it).
 */
export async function verifyIinWithKompra(core: BackendCore): Promise<void> {
  const condition = core.faults.upstream('kompra');
  const settings = core.upstreams.kompra;
  const state = condition.state !== 'up' ? condition.state : settings.state;
  if (state === 'down') throw refuse(Code.kompra_unavailable);
  if (state === 'slow') {
    const delayMs = condition.state === 'slow' ? condition.delayMs : settings.delayMs;
    if (delayMs >= settings.timeoutMs) {
      await sleep(settings.timeoutMs);
      throw refuse(Code.kompra_timeout);
    }
    await sleep(delayMs);
  }
}
