import type { FaultCounters, FaultLogEntry, FaultSpec } from '@icontact/faults';
import type {
  AcceptedSyncItem,
  ContactRecord,
  CreatedTeam,
  EmailRecord,
  ShiftRecord,
  SmsMessageRecord,
  SmsSentCount,
  TeamInput,
  UserRecord,
} from '@icontact/mock-core';

/** `GET /health` of the admin API. */
export interface AdminHealth {
  readonly status: string;
  /** Whether the API port accepts connections (`false` while a `refuse` outage holds); `null` when unknown. */
  readonly apiPortOpen: boolean | null;
  readonly now: string;
}

/** The mock's admin API (`/__admin`, see packages/mock-server/admin-openapi.yaml), as the runner uses it. */
export interface AdminClient {
  /** The admin API's base URL. */
  readonly url: string;
  health(): Promise<AdminHealth>;
  /** Sets the virtual clock (`PUT /clock`). */
  setClock(instant: Date, speed?: number): Promise<void>;
  /** Wipes the state and seeds it again from `seed`, around the clock's instant (`POST /reset`). */
  reset(seed: number): Promise<void>;
  /** Removes every fault (`DELETE /faults`). */
  clearFaults(): Promise<void>;
  /** Registers a fault (`POST /faults`). */
  addFault(spec: FaultSpec): Promise<void>;
  faultLog(): Promise<readonly FaultLogEntry[]>;
  faultCounters(): Promise<FaultCounters>;
  /** Creates a supervisor and consultants with shifts (`POST /team`). */
  createTeam(input: TeamInput): Promise<CreatedTeam>;
  users(): Promise<readonly UserRecord[]>;
  shifts(): Promise<readonly ShiftRecord[]>;
  contacts(): Promise<readonly ContactRecord[]>;
  /** The accepted sync items, one per idempotency key held (`GET /state/sync-items`). */
  syncItems(): Promise<readonly AcceptedSyncItem[]>;
  /** Delivered SMS to `phone`, oldest first. */
  smsInbox(phone: string): Promise<readonly SmsMessageRecord[]>;
  smsSent(): Promise<readonly SmsSentCount[]>;
  emails(): Promise<readonly EmailRecord[]>;
}

/** An admin call failed; the message names the call and the answer. Not a finding of the scenario: the harness could not work. */
export class AdminApiError extends Error {
  override readonly name = 'AdminApiError';
}

/** Options of {@link createAdminClient}. */
export interface AdminClientOptions {
  /** The admin API's base URL, e.g. `http://127.0.0.1:4011/__admin`. */
  readonly url: string;
  /** The admin token (`--admin-token` of the mock). Default: none, the admin API is open. */
  readonly token?: string;
}

/** A client of the mock's admin REST API. */
export function createAdminClient(options: AdminClientOptions): AdminClient {
  const base = options.url.replace(/\/+$/, '');
  const headers: Record<string, string> = {
    accept: 'application/json',
    ...(options.token === undefined ? {} : { authorization: `Bearer ${options.token}` }),
  };
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, {
        method,
        headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (error) {
      throw new AdminApiError(`${method} ${base}${path} failed: ${(error as Error).message}`, {
        cause: error,
      });
    }
    const text = await response.text();
    if (!response.ok) {
      throw new AdminApiError(`${method} ${base}${path} answered ${response.status}: ${text.slice(0, 500)}`);
    }
    return (text === '' ? undefined : JSON.parse(text)) as T;
  };
  return {
    url: base,
    health: () => call('GET', '/health'),
    setClock: async (instant, speed) => {
      await call('PUT', '/clock', { now: instant.toISOString(), ...(speed === undefined ? {} : { speed }) });
    },
    reset: async (seed) => {
      await call('POST', '/reset', { seed });
    },
    clearFaults: async () => {
      await call('DELETE', '/faults');
    },
    addFault: async (spec) => {
      await call('POST', '/faults', spec);
    },
    faultLog: () => call('GET', '/faults/log'),
    faultCounters: () => call('GET', '/faults/counters'),
    createTeam: (input) => call('POST', '/team', input),
    users: () => call('GET', '/state/users'),
    shifts: () => call('GET', '/state/shifts'),
    contacts: () => call('GET', '/state/contacts'),
    syncItems: () => call('GET', '/state/sync-items'),
    smsInbox: (phone) => call('GET', `/sms?phone=${encodeURIComponent(phone)}`),
    smsSent: () => call('GET', '/state/sms-sent'),
    emails: () => call('GET', '/emails'),
  };
}
