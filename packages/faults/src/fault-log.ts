import type { FaultSource } from './fault-decision.js';
import { type ConnectionStage, FAULT_KINDS, type FaultKind, type UpstreamName } from './fault-kinds.js';
import type { FaultTiming } from './fault-spec.js';

/** What a fault struck: a request, a connection stage, or a consultation of an upstream. */
export type FaultSubject =
  | {
      readonly type: 'request';
      readonly method: string;
      readonly path: string;
      readonly operationId?: string;
      readonly user?: string;
      readonly idempotencyKey?: string;
      readonly attempt: number;
    }
  | { readonly type: 'connection'; readonly stage: ConnectionStage }
  | { readonly type: 'upstream'; readonly name: UpstreamName };

/** One injected fault. */
export interface FaultLogEntry {
  /** 1 for the first fault injected since the engine was created or reset. */
  readonly seq: number;
  /** The virtual instant it struck, ISO 8601 UTC. */
  readonly at: string;
  readonly faultId: string;
  readonly kind: FaultKind;
  readonly source: FaultSource;
  readonly timing: FaultTiming;
  readonly subject: FaultSubject;
}

/** How many faults were injected, in all, per kind and per fault id. */
export interface FaultCounters {
  readonly total: number;
  /** Every kind, 0 for those that never struck. */
  readonly byKind: Readonly<Record<FaultKind, number>>;
  /** Only the ids that struck at least once (removed faults keep their count until a reset). */
  readonly byFault: Readonly<Record<string, number>>;
}

/** Keeps the log (the latest `limit` entries) and the counters (all of them). */
export interface FaultRecorder {
  record(entry: Omit<FaultLogEntry, 'seq'>): FaultLogEntry;
  entries(): readonly FaultLogEntry[];
  counters(): FaultCounters;
  clear(): void;
}

/** Creates a {@link FaultRecorder} whose log keeps the latest `limit` entries. */
export function createFaultRecorder(limit: number): FaultRecorder {
  let log: FaultLogEntry[] = [];
  let seq = 0;
  let byKind = zeroByKind();
  let byFault = new Map<string, number>();
  return {
    record(entry) {
      seq += 1;
      const logged: FaultLogEntry = { seq, ...entry };
      if (limit > 0) {
        log.push(logged);
        if (log.length > limit) log.shift();
      }
      byKind[entry.kind] += 1;
      byFault.set(entry.faultId, (byFault.get(entry.faultId) ?? 0) + 1);
      return logged;
    },
    entries: () => [...log],
    counters: () => ({ total: seq, byKind: { ...byKind }, byFault: Object.fromEntries(byFault) }),
    clear() {
      log = [];
      seq = 0;
      byKind = zeroByKind();
      byFault = new Map();
    },
  };
}

function zeroByKind(): Record<FaultKind, number> {
  return Object.fromEntries(FAULT_KINDS.map((kind) => [kind, 0])) as Record<FaultKind, number>;
}
