import { monthKey } from '@icontact/domain';
import type {
  ConnectionDecision,
  ConnectionStage,
  FaultCounters,
  FaultLogEntry,
  FaultSpecInput,
  FaultState,
} from '@icontact/faults';
import type { BackendCore } from '../backend/backend-core.js';
import type { ClockState } from '../clock/virtual-clock.js';
import type { RequestMetrics } from '../metrics/request-metrics.js';
import { closeOverdueShifts } from '../rules/close-overdue-shifts.js';
import type { SeedDescription } from '../seed/describe-seed.js';
import {
  COLLECTIONS,
  type ContactRecord,
  type EmailRecord,
  type ShiftRecord,
  type SmsMessageRecord,
  type SmsSendRecord,
  type SyncStatsRecord,
  type UserRecord,
} from '../state/records.js';
import type { StoreSnapshot } from '../store/store.js';
import {
  applyUpstreamPatch,
  type UpstreamSettings,
  type UpstreamSettingsPatch,
} from '../upstreams/upstream-settings.js';
import { createTeam } from './create-team.js';
import { type AcceptedSyncItem, syncItemsView } from './sync-items-view.js';
import type { CreatedTeam, TeamInput } from './team-input.js';

/** SMS that reached the gateway, per number and calendar month (Asia/Almaty). */
export interface SmsSentCount {
  readonly phone: string;
  /** `YYYY-MM`. */
  readonly month: string;
  /** Sends counted toward the quota (delivered, failed or dropped). */
  readonly count: number;
}

/**
 * The backend's control surface for tests and QA: plain, JSON-friendly methods that the Fastify mock
 * exposes under `/__admin` and the MSW package returns to the test.
 */
export interface BackendAdmin {
  /** Wipes the state and seeds it again (with `seed`, or the seed in force); faults stay, their counts restart. */
  reset(seed?: number): void;
  /** The virtual clock. */
  clock(): ClockState;
  /** Moves the clock to an instant. */
  setClock(instant: string, speed?: number): ClockState;
  /** Moves the clock by `ms` virtual milliseconds. */
  advanceClock(ms: number): ClockState;
  /** Registers a fault; returns its id. @throws FaultSpecError when the spec is invalid */
  addFault(spec: FaultSpecInput): string;
  /** The registered faults. */
  faults(): FaultState[];
  /** Removes a fault; whether it existed. */
  removeFault(id: string): boolean;
  /** Removes every fault. */
  clearFaults(): void;
  /** The latest injected faults. */
  faultLog(): readonly FaultLogEntry[];
  /** How many faults were injected. */
  faultCounters(): FaultCounters;
  /** For adapters: whether a connection fault strikes a new connection (`dns` or `connect`). */
  connection(stage: ConnectionStage): ConnectionDecision | null;
  /**
   * For adapters: the connection fault that strikes every new connection at this virtual instant (an
   * outage of the port or of DNS), without using it up or logging it; `null` when there is none.
   */
  connectionOutage(stage: ConnectionStage): FaultState | null;
  /** The upstreams' settings. */
  upstreams(): UpstreamSettings;
  /** Changes the upstreams' settings. @throws RangeError naming a bad field */
  setUpstreams(patch: UpstreamSettingsPatch): UpstreamSettings;
  /** Captured password-reset emails, oldest first. */
  emails(): EmailRecord[];
  /** Delivered SMS, oldest first; only those to `phone` when given (`8…` or `+7…`). */
  smsInbox(phone?: string): SmsMessageRecord[];
  /** Contacts, oldest first; only those of `shiftId` when given. */
  contacts(filter?: { shiftId?: string }): ContactRecord[];
  /** How many sync items were answered `duplicate`, in all. */
  duplicatesRefused(): number;
  /** SMS that reached the gateway, per number and month. */
  smsSent(): SmsSentCount[];
  /** Every user, passwords included (this is a mock). */
  users(): UserRecord[];
  /** Every shift, deleted ones included. */
  shifts(): ShiftRecord[];
  /** Accepted sync items (one per idempotency key held), oldest first; only those of `shiftId` when given. */
  syncItems(filter?: { shiftId?: string }): AcceptedSyncItem[];
  /**
   * Creates a supervisor and consultants in one go — bound, each with a shift open now unless told
   * otherwise — deterministic from the seed and the count of teams created since the last reset.
   * @throws TeamSpecError listing every problem (a taken login, an unknown supervisor or project…); nothing is created then
   */
  createTeam(input: TeamInput): CreatedTeam;
  /** The whole state, as JSON. */
  snapshot(): StoreSnapshot;
  /** Replaces the whole state. */
  restore(snapshot: StoreSnapshot): void;
  /** A few logins to print on start, and sample consumers to type in. */
  describeSeed(): SeedDescription;
  /** Requests by operation and status. */
  metrics(): RequestMetrics;
}

const bySeq = <T extends { seq: number }>(a: T, b: T): number => a.seq - b.seq;

function canonicalPhone(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  return digits.startsWith('8') && digits.length === 11 ? `+7${digits.slice(1)}` : digits;
}

/** A contact as the admin API shows it: without the state's internal `uploadedAt` (decision 0006). */
function withoutUploadMark(contact: ContactRecord): ContactRecord {
  if (contact.uploadedAt === undefined) return contact;
  const { uploadedAt: _internal, ...shown } = contact;
  return shown;
}

/** Builds the admin surface over the core; `reseed` and `describe` come from the backend. */

export function createBackendAdmin(
  core: BackendCore,
  hooks: { reset(seed?: number): void; describeSeed(): SeedDescription },
): BackendAdmin {
  const { store } = core;
  const observe = (): void => {
    closeOverdueShifts(core, core.clock.now());
  };
  return {
    reset: (seed) => hooks.reset(seed),
    clock: () => core.clock.describe(),
    setClock: (instant, speed) => {
      core.clock.set(instant);
      if (speed !== undefined) core.clock.setSpeed(speed);
      return core.clock.describe();
    },
    advanceClock: (ms) => {
      core.clock.advance(ms);
      return core.clock.describe();
    },
    addFault: (spec) => core.faults.add(spec),
    faults: () => core.faults.list(),
    removeFault: (id) => core.faults.remove(id),
    clearFaults: () => core.faults.clear(),
    faultLog: () => core.faults.log(),
    faultCounters: () => core.faults.counters(),
    connection: (stage) => core.faults.connection(stage),
    connectionOutage: (stage) => core.faults.connectionOutage(stage),
    upstreams: () => structuredClone(core.upstreams),
    setUpstreams: (patch) => {
      core.upstreams = applyUpstreamPatch(core.upstreams, patch);
      return structuredClone(core.upstreams);
    },
    emails: () => store.list<EmailRecord>(COLLECTIONS.emails).sort(bySeq),
    smsInbox: (phone) => {
      const wanted = phone === undefined ? undefined : canonicalPhone(phone);
      return store
        .list<SmsMessageRecord>(COLLECTIONS.smsInbox)
        .filter((message) => wanted === undefined || message.phone === wanted)
        .sort(bySeq);
    },
    contacts: (filter = {}) => {
      observe();
      return store
        .list<ContactRecord>(COLLECTIONS.contacts)
        .filter((contact) => filter.shiftId === undefined || contact.shiftId === filter.shiftId)
        .sort((a, b) => (a.openedAt < b.openedAt ? -1 : a.openedAt > b.openedAt ? 1 : 0))
        .map(withoutUploadMark);
    },
    duplicatesRefused: () =>
      store.list<SyncStatsRecord>(COLLECTIONS.syncStats).reduce((sum, stats) => sum + stats.duplicate, 0),
    smsSent: () => {
      const counts = new Map<string, SmsSentCount>();
      for (const send of store.list<SmsSendRecord>(COLLECTIONS.smsSends)) {
        const month = monthKey(new Date(send.at));
        const key = `${send.phone} ${month}`;
        const count = counts.get(key)?.count ?? 0;
        counts.set(key, { phone: send.phone, month, count: count + 1 });
      }
      return [...counts.values()].sort((a, b) => (a.phone + a.month < b.phone + b.month ? -1 : 1));
    },
    users: () => store.list<UserRecord>(COLLECTIONS.users),
    shifts: () => {
      observe();
      return store.list<ShiftRecord>(COLLECTIONS.shifts);
    },
    syncItems: (filter = {}) => syncItemsView(store, filter),
    createTeam: (input) => createTeam(core, input),
    snapshot: () => store.snapshot(),
    restore: (snapshot) => {
      store.restore(snapshot);
      core.idempotency.clearInFlight();
    },
    describeSeed: () => hooks.describeSeed(),
    metrics: () => core.metrics.read(),
  };
}
