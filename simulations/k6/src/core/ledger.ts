/**
 * The ledger check: what the load test sent, per idempotency key, against what the server holds.
 * A contact is **lost** when the client was told the server has it (or closed the shift on it) and the
 * server does not; **duplicated** when the server holds it more than once (under one key twice, or one
 * contact under two keys); **unexpected** when the server holds a key the run never generated.
 */

/** One contact the server holds, as its admin API lists it. */
export interface HeldContact {
  readonly idempotencyKey: string;
  readonly contactId: string;
  readonly shiftId: string;
}

/** What one flow (one consultant closing one shift) sent, and what the server acknowledged. */
export interface FlowLedger {
  /** The keys of every contact the flow planned, sent or not. */
  readonly plannedKeys: readonly string[];
  /** The keys the server answered `accepted` or `duplicate` for. */
  readonly acknowledgedKeys: readonly string[];
  /** Whether the shift was closed: then the server confirmed the whole manifest. */
  readonly closed: boolean;
}

/** The outcome of a comparison; every list holds idempotency keys, sorted. */
export interface LedgerReport {
  /** Acknowledged (or in a closed shift) but not held. */
  readonly lost: string[];
  /** Held more than once, by key or by contact. */
  readonly duplicated: string[];
  /** Held, but never planned by the run. */
  readonly unexpected: string[];
  /** Planned, not acknowledged and not held: still in the tablet's outbox when the flow ended. */
  readonly unsent: string[];
  /** How many planned keys the server holds exactly once. */
  readonly heldOnce: number;
}

function sorted(keys: Iterable<string>): string[] {
  return [...keys].sort();
}

/** Keys held more than once, or whose contact is held under more than one key. */
function duplicatedKeys(held: readonly HeldContact[]): Set<string> {
  const byKey = new Map<string, number>();
  const keysByContact = new Map<string, Set<string>>();
  const duplicated = new Set<string>();
  for (const item of held) {
    const seen = (byKey.get(item.idempotencyKey) ?? 0) + 1;
    byKey.set(item.idempotencyKey, seen);
    if (seen > 1) duplicated.add(item.idempotencyKey);
    const keys = keysByContact.get(item.contactId) ?? new Set<string>();
    keys.add(item.idempotencyKey);
    keysByContact.set(item.contactId, keys);
  }
  for (const keys of keysByContact.values()) {
    if (keys.size > 1) for (const key of keys) duplicated.add(key);
  }
  return duplicated;
}

/**
 * Compares what a set of flows sent with what the server holds. Give it every flow of the run and every
 * contact the server holds for their shifts (or for the whole server, when the run had it alone: then
 * a key from elsewhere is `unexpected`).
 */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: one pass comparing planned, acknowledged and held keys per flow
export function compareLedger(flows: readonly FlowLedger[], held: readonly HeldContact[]): LedgerReport {
  const heldKeys = new Set(held.map((item) => item.idempotencyKey));
  const duplicated = duplicatedKeys(held);
  const planned = new Set<string>();
  const lost = new Set<string>();
  const unsent = new Set<string>();
  for (const flow of flows) {
    const acknowledged = new Set(flow.acknowledgedKeys);
    for (const key of flow.plannedKeys) {
      planned.add(key);
      const promised = flow.closed || acknowledged.has(key);
      if (heldKeys.has(key)) continue;
      if (promised) lost.add(key);
      else unsent.add(key);
    }
  }
  const unexpected = new Set<string>();
  for (const key of heldKeys) if (!planned.has(key)) unexpected.add(key);
  let heldOnce = 0;
  for (const key of planned) if (heldKeys.has(key) && !duplicated.has(key)) heldOnce++;
  return {
    lost: sorted(lost),
    duplicated: sorted(duplicated),
    unexpected: sorted(unexpected),
    unsent: sorted(unsent),
    heldOnce,
  };
}
