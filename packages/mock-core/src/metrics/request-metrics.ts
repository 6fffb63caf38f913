/** Requests counted by operation and status, for the admin API. */
export interface RequestMetrics {
  /** Every request answered, in all. */
  readonly total: number;
  /** operationId (or `unknown` for an unrouted path) → status → count. */
  readonly byOperation: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Wire faults handed back to the adapter, by fault kind. */
  readonly wireFaults: Readonly<Record<string, number>>;
}

/** Counts requests; kept in memory, cleared by `reset`. */
export interface MetricsRecorder {
  count(operationId: string, status: number): void;
  countWireFault(kind: string): void;
  read(): RequestMetrics;
  clear(): void;
}

/** Creates an empty recorder. */
export function createMetricsRecorder(): MetricsRecorder {
  let total = 0;
  let byOperation = new Map<string, Map<string, number>>();
  let wireFaults = new Map<string, number>();
  return {
    count(operationId, status) {
      total += 1;
      let statuses = byOperation.get(operationId);
      if (!statuses) {
        statuses = new Map();
        byOperation.set(operationId, statuses);
      }
      const key = String(status);
      statuses.set(key, (statuses.get(key) ?? 0) + 1);
    },
    countWireFault(kind) {
      total += 1;
      wireFaults.set(kind, (wireFaults.get(kind) ?? 0) + 1);
    },
    read: () => ({
      total,
      byOperation: Object.fromEntries(
        [...byOperation].map(([id, statuses]) => [id, Object.fromEntries(statuses)]),
      ),
      wireFaults: Object.fromEntries(wireFaults),
    }),
    clear() {
      total = 0;
      byOperation = new Map();
      wireFaults = new Map();
    },
  };
}
