import { getEntry } from '../catalogue.js';
import { STATUS_RULES } from './status-table.js';

/**
 * The HTTP statuses that mean a transient failure, so that the same request may meet a different answer
 * when it is sent again: the statuses whose default code in {@link STATUS_RULES} the catalogue retries
 * `now` or `after` a wait — 408 (the request came too slowly), 429 (throttled), 500 (server error, the
 * sync's "101"), 502 (bad gateway), 503 (unavailable) and 504 (gateway timeout). Derived from the catalogue, never restated: the SDK's
 * transport, the chaos harness's consultant and the k6 scripts all read this set.
 *
 * A status is only the first question. An operation can give it a narrower meaning that is not
 * transient (a 500 at the ИИН check is a malformed ИИН, retry `never`), so a client also reads the
 * answer's code and its catalogue policy, as the SDK does. 425 (Too Early) is not here: the catalogue
 * gives it no meaning (it reads as `unknown_error`) and neither the real backend nor the mock sends it.
 */
export const TRANSIENT_STATUSES: ReadonlySet<number> = new Set(
  Object.entries(STATUS_RULES)
    .filter(([, rule]) => {
      const { when } = getEntry(rule.otherwise).retry;
      return when === 'now' || when === 'after';
    })
    .map(([status]) => Number(status)),
);

/** Whether an answer with `status` is a transient failure ({@link TRANSIENT_STATUSES}). */
export function isTransientStatus(status: number): boolean {
  return TRANSIENT_STATUSES.has(status);
}
