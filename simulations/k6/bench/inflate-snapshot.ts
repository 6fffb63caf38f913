/**
 * Grows a mock's state to N stored contacts without sending them one by one: the closed shifts of a
 * real run (with their contacts, accepted sync items and sync counts) are copied under fresh ids, as
 * many times as it takes. Everything the copies point to outside the template (consultants, projects,
 * activity types) stays shared, as in a real day.
 */

/** A JSON value, as the mock's store keeps records. */
type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };
type JsonRecord = { readonly [key: string]: JsonValue };

/** The mock's snapshot format (`GET /__admin/snapshot`, `BackendAdmin.snapshot()`). */
export interface Snapshot {
  readonly version: 1;
  readonly collections: Readonly<Record<string, Readonly<Record<string, JsonRecord>>>>;
}

/** The collections a shift's contacts live in, keyed by what ties their records to the shift. */
const SHIFT_COLLECTIONS = ['shifts', 'contacts', 'syncItems', 'syncStats'] as const;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

function shiftOf(collection: string, id: string, record: JsonRecord): string | undefined {
  if (collection === 'shifts' || collection === 'syncStats') return id;
  return typeof record.shiftId === 'string' ? record.shiftId : undefined;
}

/** How many contacts the closed shifts of a snapshot hold: one copy of the template adds that many. */
export function templateSize(snapshot: Snapshot): number {
  const closed = closedShiftIds(snapshot);
  return Object.values(snapshot.collections.contacts ?? {}).filter((c) => closed.has(String(c.shiftId)))
    .length;
}

function closedShiftIds(snapshot: Snapshot): Set<string> {
  return new Set(
    Object.entries(snapshot.collections.shifts ?? {})
      .filter(([, shift]) => shift.status === 'closed')
      .map(([id]) => id),
  );
}

/**
 * A snapshot with `copies` copies of its closed shifts added, every shift, contact and idempotency key
 * of a copy under a fresh id from `newId`.
 */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: a benchmark's fixture builder, run by hand; not product code
export function inflateSnapshot(snapshot: Snapshot, copies: number, newId: () => string): Snapshot {
  const closed = closedShiftIds(snapshot);
  const template: Record<string, [string, JsonRecord][]> = {};
  const templateIds = new Set<string>();
  for (const collection of SHIFT_COLLECTIONS) {
    const records = Object.entries(snapshot.collections[collection] ?? {}).filter(([id, record]) =>
      closed.has(shiftOf(collection, id, record) ?? ''),
    );
    template[collection] = records;
    for (const [id, record] of records) {
      for (const match of id.match(UUID) ?? []) templateIds.add(match);
      if (collection !== 'shifts' && collection !== 'syncStats') {
        for (const key of ['id', 'idempotencyKey', 'contactId']) {
          const value = record[key];
          if (typeof value === 'string') templateIds.add(value);
        }
      }
    }
  }
  const text = JSON.stringify(template);
  const collections: Record<string, Record<string, JsonRecord>> = {};
  for (const [name, records] of Object.entries(snapshot.collections)) collections[name] = { ...records };
  for (let copy = 0; copy < copies; copy++) {
    const ids = new Map<string, string>();
    const remapped = JSON.parse(
      text.replace(UUID, (id) => {
        if (!templateIds.has(id)) return id;
        let fresh = ids.get(id);
        if (fresh === undefined) {
          fresh = newId();
          ids.set(id, fresh);
        }
        return fresh;
      }),
    ) as Record<string, [string, JsonRecord][]>;
    for (const [collection, records] of Object.entries(remapped)) {
      const target = collections[collection] ?? {};
      for (const [id, record] of records) target[id] = record;
      collections[collection] = target;
    }
  }
  return { version: 1, collections };
}
