import type { FaultCounters, FaultLogEntry, FaultSpecInput, FaultState } from '@icontact/faults';
import type {
  AcceptedSyncItem,
  BackendAdmin,
  ContactRecord,
  RequestMetrics,
  SeedDescription,
  ShiftRecord,
  SmsSentCount,
  StoreSnapshot,
  UpstreamSettings,
  UpstreamSettingsPatch,
  UserRecord,
} from '@icontact/mock-core';

/** The handlers' virtual clock, which every rule reads. */
export interface MswClock {
  /** The current virtual instant. */
  now(): Date;
  /**
   * Moves the clock to an instant (forwards or backwards), and changes its speed when `speed` is given.
   * @throws RangeError for an invalid instant or speed
   */
  set(instant: Date | string, speed?: number): Date;
  /** Moves the clock by `ms` virtual milliseconds (negative goes back). @throws RangeError for a non-finite `ms` */
  advance(ms: number): Date;
  /** Virtual milliseconds per real millisecond; `0` is frozen. */
  readonly speed: number;
}

/** The faults injected into the handlers' requests (the kinds of `@icontact/faults`). */
export interface MswFaults {
  /**
   * Registers a fault after the existing ones; it strikes from the next request on.
   * @returns its id (the spec's `id`, or `<kind>-<n>`)
   * @throws FaultSpecError naming every problem of an invalid spec
   */
  add(spec: FaultSpecInput): string;
  /** Removes a fault; whether one had that id. */
  remove(id: string): boolean;
  /** Removes every fault (the log and the counters stay until the next reset). */
  clear(): void;
  /** The registered faults, in the order they are tried, with their hits. */
  list(): FaultState[];
  /** The latest injected faults, oldest first. */
  log(): readonly FaultLogEntry[];
  /** How many faults were injected, in all, per kind and per fault id. */
  counters(): FaultCounters;
}

/** Reads (and a few writes) of the backend's state, for assertions. */
export interface MswState {
  /** Every user, passwords and lock state included. */
  users(): UserRecord[];
  /** Every shift, deleted ones included. */
  shifts(): ShiftRecord[];
  /** Contacts, oldest first; only those of `shiftId` when given. */
  contacts(filter?: { shiftId?: string }): ContactRecord[];
  /** The accepted sync items (one per idempotency key held: key, contact, shift, when), oldest first; only those of `shiftId` when given. */
  syncItems(filter?: { shiftId?: string }): AcceptedSyncItem[];
  /** SMS that reached the gateway, per number and calendar month (the quota's count). */
  smsSent(): SmsSentCount[];
  /** How many sync items were answered `duplicate`, in all. */
  duplicatesRefused(): number;
  /** The simulated upstreams' settings (KOMPRA, the SMS gateway). */
  upstreams(): UpstreamSettings;
  /** Changes the upstreams' settings. @throws RangeError naming a bad field */
  setUpstreams(patch: UpstreamSettingsPatch): UpstreamSettings;
  /** Requests served, by operation and status. */
  metrics(): RequestMetrics;
  /** The seeded accounts, their shifts, the common password and sample consumers. */
  describeSeed(): SeedDescription;
  /** The whole state as JSON, to restore later. */
  snapshot(): StoreSnapshot;
  /** Replaces the whole state with a snapshot. */
  restore(snapshot: StoreSnapshot): void;
}

/** Builds the clock handle over the backend's admin surface. */
export function createMswClock(admin: BackendAdmin): MswClock {
  return {
    now: () => new Date(admin.clock().now),
    set: (instant, speed) =>
      new Date(admin.setClock(typeof instant === 'string' ? instant : instant.toISOString(), speed).now),
    advance: (ms) => new Date(admin.advanceClock(ms).now),
    get speed() {
      return admin.clock().speed;
    },
  };
}

/** Builds the faults handle over the backend's admin surface. */
export function createMswFaults(admin: BackendAdmin): MswFaults {
  return {
    add: (spec) => admin.addFault(spec),
    remove: (id) => admin.removeFault(id),
    clear: () => admin.clearFaults(),
    list: () => admin.faults(),
    log: () => admin.faultLog(),
    counters: () => admin.faultCounters(),
  };
}

/** Builds the state handle over the backend's admin surface. */
export function createMswState(admin: BackendAdmin): MswState {
  return {
    users: () => admin.users(),
    shifts: () => admin.shifts(),
    contacts: (filter) => admin.contacts(filter),
    syncItems: (filter) => admin.syncItems(filter),
    smsSent: () => admin.smsSent(),
    duplicatesRefused: () => admin.duplicatesRefused(),
    upstreams: () => admin.upstreams(),
    setUpstreams: (patch) => admin.setUpstreams(patch),
    metrics: () => admin.metrics(),
    describeSeed: () => admin.describeSeed(),
    snapshot: () => admin.snapshot(),
    restore: (snapshot) => admin.restore(snapshot),
  };
}
