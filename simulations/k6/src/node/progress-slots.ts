/**
 * Live counters every worker thread writes into shared memory and the main thread reads each second for
 * the progress line: no message per flow, no lock.
 */

/** The slots of one worker. */
export const SLOT = { started: 0, succeeded: 1, failed: 2, dropped: 3, active: 4, requests: 5 } as const;
const WIDTH = 6;

/** The live counters of a run. */
export interface Progress {
  readonly started: number;
  readonly succeeded: number;
  readonly failed: number;
  readonly dropped: number;
  readonly active: number;
  readonly requests: number;
}

/** Shared memory for `workers` workers. */
export function progressBuffer(workers: number): SharedArrayBuffer {
  return new SharedArrayBuffer(workers * WIDTH * Int32Array.BYTES_PER_ELEMENT);
}

/** A worker's view of its slots. */
export function progressWriter(buffer: SharedArrayBuffer, worker: number) {
  const cells = new Int32Array(buffer);
  const base = worker * WIDTH;
  return {
    add: (slot: number, value = 1) => Atomics.add(cells, base + slot, value),
  };
}

/** The sum over every worker. */
export function readProgress(buffer: SharedArrayBuffer): Progress {
  const cells = new Int32Array(buffer);
  const sum = (slot: number) => {
    let total = 0;
    for (let base = 0; base < cells.length; base += WIDTH) total += Atomics.load(cells, base + slot);
    return total;
  };
  return {
    started: sum(SLOT.started),
    succeeded: sum(SLOT.succeeded),
    failed: sum(SLOT.failed),
    dropped: sum(SLOT.dropped),
    active: sum(SLOT.active),
    requests: sum(SLOT.requests),
  };
}
