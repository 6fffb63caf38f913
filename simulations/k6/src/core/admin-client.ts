/**
 * The mock's admin API (`/__admin`, see packages/mock-server/admin-openapi.yaml) as the load scripts use
 * it: reset, the clock, the run's team, faults, and the state reads of the ledger. Requests are tagged
 * `step: admin`, so they stay out of the flow's latency and error budgets.
 */
import type { FaultSpecInput } from '@icontact/faults';
import { type ApiResponse, createApiClient } from './api-client.ts';
import type { HeldContact } from './ledger.ts';
import type { Recorder } from './recorder.ts';
import { DEFAULT_RETRY_POLICY } from './retry-policy.ts';
import { ADMIN_STEP } from './steps.ts';
import type { Transport } from './transport.ts';

/** What `POST /__admin/team` takes, as the load scripts use it (admin-openapi.yaml has the whole body). */
export interface TeamRequest {
  /** An existing supervisor's login. Default: a new supervisor. */
  readonly supervisor?: string;
  /** How many consultants, each with generated login and name. */
  readonly consultants: number;
  /** Each consultant's shift, relative to the virtual now. */
  readonly shift: { readonly startOffsetMinutes: number; readonly durationMinutes: number };
}

/** An account of a created team (passwords included: this is a mock). */
export interface TeamAccount {
  readonly id: string;
  readonly login: string;
  readonly password: string;
  /** The consultant's shift; absent for the supervisor. */
  readonly shiftId?: string;
}

/** What `POST /__admin/team` answers. */
export interface CreatedTeam {
  readonly supervisor: TeamAccount | null;
  readonly consultants: readonly TeamAccount[];
}

/** A shift as `GET /__admin/state/shifts` lists it. */
export interface AdminShift {
  readonly id: string;
  readonly consultantId: string;
  readonly status: 'planned' | 'in_progress' | 'closed' | 'deleted';
}

/** The admin operations the load scripts use. */
export interface AdminClient {
  /** Wipes the state and seeds it again (`POST /reset`). */
  reset(): Promise<void>;
  /** The virtual instant (`GET /clock`). */
  now(): Promise<string>;
  /** Creates a supervisor and consultants with shifts (`POST /team`). */
  createTeam(request: TeamRequest): Promise<CreatedTeam>;
  /** The given shifts with their status (`GET /state/shifts`). */
  shiftStatuses(shiftIds: readonly string[]): Promise<AdminShift[]>;
  /**
   * The sync items the server accepted for the given shifts, one per idempotency key
   * (`GET /state/sync-items`: with `?shiftId=` for one shift, all of them otherwise).
   */
  heldContacts(shiftIds: readonly string[]): Promise<HeldContact[]>;
  /** Registers a fault (`POST /faults`). @returns its id */
  addFault(spec: FaultSpecInput): Promise<string>;
  /** Removes a fault (`DELETE /faults/{id}`). */
  removeFault(id: string): Promise<void>;
  /** The whole state (`GET /snapshot`), as the mock wrote it. */
  snapshot(): Promise<unknown>;
  /** Puts a snapshot of {@link snapshot} back (`PUT /snapshot`): a rollback. */
  restore(snapshot: unknown): Promise<void>;
}

/** What {@link createAdminClient} runs on. */
export interface AdminClientOptions {
  readonly transport: Transport;
  readonly recorder: Recorder;
  /** One request's timeout in milliseconds. */
  readonly timeoutMs: number;
}

/** An admin call that did not work; the message names the call and the answer. */
export class AdminApiError extends Error {
  override readonly name = 'AdminApiError';
}

/**
 * A client of the admin API at `adminUrl` (e.g. `http://127.0.0.1:4010/__admin`).
 *
 * @param token - the admin token (`--admin-token`), or `null` for an open admin API
 */
export function createAdminClient(
  adminUrl: string,
  token: string | null,
  options: AdminClientOptions,
): AdminClient {
  // The admin API is not under test: a few quick retries ride out a busy mock.
  const api = createApiClient({ ...options, retry: { ...DEFAULT_RETRY_POLICY, maxAttempts: 3 } });
  const headers: Record<string, string> = token === null ? {} : { Authorization: `Bearer ${token}` };
  const call = async (
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    path: string,
    expect: number[],
    body?: unknown,
  ): Promise<ApiResponse> => {
    const res = await api.send({
      step: ADMIN_STEP,
      method,
      url: `${adminUrl}${path}`,
      // Ids and queries left out of the name: one time series per endpoint, not per fault or shift.
      name: `/__admin${path.replace(/\/faults\/.+$/, '/faults/{id}').replace(/\?.*$/, '')}`,
      headers,
      expect,
      ...(body === undefined ? {} : { body }),
    });
    if (!res.ok) {
      const hint =
        res.status === 401
          ? ' (give ADMIN_TOKEN)'
          : res.status === 0
            ? ` (${res.transportError ?? 'no answer'})`
            : '';
      throw new AdminApiError(
        `admin API ${method} ${path} answered ${res.status}${hint}: ${JSON.stringify(res.body)}`,
      );
    }
    return res;
  };
  const list = async <T>(path: string): Promise<T[]> => {
    const { body } = await call('GET', path, [200]);
    return Array.isArray(body) ? (body as T[]) : [];
  };
  return {
    reset: async () => {
      await call('POST', '/reset', [204], {});
    },
    now: async () => String(((await call('GET', '/clock', [200])).body as { now?: unknown }).now),
    createTeam: async (request) => (await call('POST', '/team', [201], request)).body as CreatedTeam,
    shiftStatuses: async (shiftIds) => {
      const wanted = new Set(shiftIds);
      return (await list<AdminShift>('/state/shifts'))
        .filter((shift) => wanted.has(shift.id))
        .map(({ id, consultantId, status }) => ({ id, consultantId, status }));
    },
    heldContacts: async (shiftIds) => {
      const wanted = new Set(shiftIds);
      const [only] = shiftIds;
      const path =
        shiftIds.length === 1 && only !== undefined
          ? `/state/sync-items?shiftId=${encodeURIComponent(only)}`
          : '/state/sync-items';
      return (await list<HeldContact>(path))
        .filter((item) => wanted.has(item.shiftId))
        .map(({ idempotencyKey, contactId, shiftId }) => ({ idempotencyKey, contactId, shiftId }));
    },
    addFault: async (spec) =>
      String(((await call('POST', '/faults', [201], spec)).body as { id?: unknown }).id),
    removeFault: async (id) => {
      await call('DELETE', `/faults/${encodeURIComponent(id)}`, [204, 404]);
    },
    snapshot: async () => (await call('GET', '/snapshot', [200])).body,
    restore: async (snapshot) => {
      await call('PUT', '/snapshot', [204], snapshot);
    },
  };
}
