import type { FaultSpec } from '@icontact/faults';

/** Whether a fault's window (if any) holds at `instant`. */
export function inWindow(fault: FaultSpec, instant: number): boolean {
  const window = fault.target.window;
  if (window === undefined) return true;
  if (window.from !== undefined && instant < Date.parse(window.from)) return false;
  if (window.to !== undefined && instant >= Date.parse(window.to)) return false;
  return true;
}

/**
 * Whether the mock's API port listens at `instant`: it shuts while a `refuse` fault that strikes every
 * connection (no `times`, probability 1) holds, as the mock server does.
 */
export function portShouldBeOpen(faults: readonly FaultSpec[], instant: number): boolean {
  return !faults.some(
    (fault) =>
      fault.kind === 'refuse' &&
      fault.target.times === undefined &&
      (fault.target.probability ?? 1) >= 1 &&
      inWindow(fault, instant),
  );
}

/** A fault's span in virtual time within the run, for the timeline. */
export interface FaultSpan {
  readonly id: string;
  readonly kind: FaultSpec['kind'];
  /** Epoch ms; the run's start when the fault has no `from`. */
  readonly from: number;
  /** Epoch ms; the run's end when the fault has no `to`. */
  readonly to: number;
}

/** The spans of the plan's faults within `[runStart, runEnd]`. */
export function faultSpans(faults: readonly FaultSpec[], runStart: number, runEnd: number): FaultSpan[] {
  return faults.map((fault, index) => {
    const window = fault.target.window;
    return {
      id: fault.id ?? `${fault.kind}-${index + 1}`,
      kind: fault.kind,
      from: Math.max(runStart, window?.from === undefined ? runStart : Date.parse(window.from)),
      to: Math.min(runEnd, window?.to === undefined ? runEnd : Date.parse(window.to)),
    };
  });
}
