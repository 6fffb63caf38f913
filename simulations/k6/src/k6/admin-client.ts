/**
 * The mock's admin API (`/__admin`, see packages/mock-server/admin-openapi.yaml) as the load scripts use
 * it: reset, the clock, faults, and the state reads of the ledger. Requests are tagged `step: admin`,
 * so they stay out of the flow's latency and error budgets.
 */
import type { FaultSpecInput } from '@icontact/faults';
import type { HeldContact } from '../core/ledger.ts';
import { DEFAULT_RETRY_POLICY } from '../core/retry-policy.ts';
import { ADMIN_STEP } from '../core/steps.ts';
import { type ApiResponse, createApiClient } from './api-client.ts';

/** A user as `GET /__admin/state/users` lists it (passwords included: this is a mock). */
export interface AdminUser {
  readonly id: string;
  readonly login: string;
  readonly password: string;
  readonly role: 'consultant' | 'supervisor';
  readonly supervisorId: string | null;
  readonly deletedAt: string | null;
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
  reset(): void;
  /** The virtual instant (`GET /clock`). */
  now(): string;
  /** Every user (`GET /state/users`). */
  users(): AdminUser[];
  /** The given shifts with their status (`GET /state/shifts`). */
  shiftStatuses(shiftIds: readonly string[]): AdminShift[];
  /**
   * The sync items the server accepted for the given shifts, one per idempotency key. Read from
   * `GET /snapshot` (its `syncItems` collection): no state view lists accepted items by key.
   */
  heldContacts(shiftIds: readonly string[]): HeldContact[];
  /** Registers a fault (`POST /faults`). @returns its id */
  addFault(spec: FaultSpecInput): string;
  /** Removes a fault (`DELETE /faults/{id}`). */
  removeFault(id: string): void;
}

/** An admin call that did not work; the message names the call and the answer. */
export class AdminApiError extends Error {
  override readonly name = 'AdminApiError';
}

interface SnapshotShape {
  readonly collections?: Readonly<Record<string, Readonly<Record<string, HeldContact>>>>;
}

/**
 * A client of the admin API at `adminUrl` (e.g. `http://127.0.0.1:4010/__admin`).
 *
 * @param token - the admin token (`--admin-token`), or `null` for an open admin API
 * @param timeout - one request's timeout, a k6 duration
 */
export function createAdminClient(adminUrl: string, token: string | null, timeout: string): AdminClient {
  // The admin API is not under test: a few quick retries ride out a busy mock.
  const api = createApiClient({ retry: { ...DEFAULT_RETRY_POLICY, maxAttempts: 3 }, timeout });
  const headers: Record<string, string> = token === null ? {} : { Authorization: `Bearer ${token}` };
  const call = (
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    expect: number[],
    body?: unknown,
  ): ApiResponse => {
    const res = api.send({
      step: ADMIN_STEP,
      method,
      url: `${adminUrl}${path}`,
      name: `/__admin${path.replace(/\/faults\/.+$/, '/faults/{id}')}`,
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
  const list = <T>(path: string): T[] => {
    const body = call('GET', path, [200]).body;
    return Array.isArray(body) ? (body as T[]) : [];
  };
  return {
    reset: () => {
      call('POST', '/reset', [204], {});
    },
    now: () => String((call('GET', '/clock', [200]).body as { now?: unknown }).now),
    users: () => list<AdminUser>('/state/users'),
    shiftStatuses: (shiftIds) => {
      const wanted = new Set(shiftIds);
      return list<AdminShift>('/state/shifts')
        .filter((shift) => wanted.has(shift.id))
        .map(({ id, consultantId, status }) => ({ id, consultantId, status }));
    },
    heldContacts: (shiftIds) => {
      const wanted = new Set(shiftIds);
      const snapshot = call('GET', '/snapshot', [200]).body as SnapshotShape;
      const items = Object.values(snapshot.collections?.syncItems ?? {});
      return items
        .filter((item) => wanted.has(item.shiftId))
        .map(({ idempotencyKey, contactId, shiftId }) => ({ idempotencyKey, contactId, shiftId }));
    },
    addFault: (spec) => String((call('POST', '/faults', [201], spec).body as { id?: unknown }).id),
    removeFault: (id) => {
      call('DELETE', `/faults/${encodeURIComponent(id)}`, [204, 404]);
    },
  };
}
