import { type HttpAnswer, readAnswer } from './http-answer.js';

/** A fault spec as the admin API takes it (see docs/faults.md). */
export type FaultSpec = Readonly<Record<string, unknown>>;

/** The mock's admin REST API (`/__admin`, docs/mock-server.md), over real HTTP. */
export interface AdminClient {
  /** Any admin call; throws when the answer is not 2xx. */
  call(method: string, path: string, body?: unknown): Promise<HttpAnswer>;
  /** `GET /snapshot`: every record of the store. */
  snapshot(): Promise<StoreSnapshotJson>;
  /** `PUT /snapshot`. */
  restore(snapshot: StoreSnapshotJson): Promise<void>;
  /** `PUT /clock` to `now`, frozen unless `speed` says otherwise. */
  setClock(now: string, speed?: number): Promise<void>;
  /** `POST /faults`; returns the fault's id. */
  addFault(spec: FaultSpec): Promise<string>;
  /** `DELETE /faults`. */
  clearFaults(): Promise<void>;
  /** `POST /reset`. */
  reset(): Promise<void>;
  /** `GET /sms?phone=…`: the codes delivered to a number, oldest first. */
  smsCodes(phone: string): Promise<string[]>;
  /** `GET /metrics`. */
  metrics(): Promise<MetricsJson>;
}

/** The store snapshot of the admin API: collection → id → record. */
export interface StoreSnapshotJson {
  readonly version: 1;
  readonly collections: Record<string, Record<string, Record<string, unknown>>>;
}

/** The admin API's request metrics. */
export interface MetricsJson {
  readonly total: number;
  readonly byOperation: Record<string, Record<string, number>>;
  readonly wireFaults: Record<string, number>;
}

/** An admin client of the admin API at `adminUrl` (`http://127.0.0.1:port/__admin`). */
export function createAdminClient(adminUrl: string): AdminClient {
  const call = async (method: string, path: string, body?: unknown): Promise<HttpAnswer> => {
    const response = await fetch(`${adminUrl}${path}`, {
      method,
      ...(body === undefined
        ? {}
        : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
    const answer = await readAnswer(response);
    if (answer.status >= 300) {
      throw new Error(`admin ${method} ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    }
    return answer;
  };
  return {
    call,
    snapshot: async () => (await call('GET', '/snapshot')).body as StoreSnapshotJson,
    restore: async (snapshot) => void (await call('PUT', '/snapshot', snapshot)),
    setClock: async (now, speed = 0) => void (await call('PUT', '/clock', { now, speed })),
    addFault: async (spec) => String(((await call('POST', '/faults', spec)).body as { id: string }).id),
    clearFaults: async () => void (await call('DELETE', '/faults')),
    reset: async () => void (await call('POST', '/reset', {})),
    smsCodes: async (phone) =>
      ((await call('GET', `/sms?phone=${encodeURIComponent(phone)}`)).body as { code: string }[]).map(
        (message) => message.code,
      ),
    metrics: async () => (await call('GET', '/metrics')).body as MetricsJson,
  };
}
