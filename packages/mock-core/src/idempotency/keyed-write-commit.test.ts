import { expect, it } from 'vitest';
import type { BackendOptions } from '../backend/backend-options.js';
import { IDEMPOTENCY_COLLECTION } from '../state/state-indexes.js';
import { createMemoryStore } from '../store/memory-store.js';
import type { Store } from '../store/store.js';
import { atWork, CONSUMER, CONSUMER_PHONE } from '../test-support/flows.js';
import { harness } from '../test-support/harness.js';

const ITEM_KEY = '7d3c2b1a-0f9e-4d8c-b7a6-5e4d3c2b1a09';

/**
 * A memory store whose writes of stored answers fail while `full` is set, as a full disk fails the last
 * write of a request. (The SQLite store's test fills a real database: `sqlite-store-full-disk.test.ts`.)
 */
function storeThatFillsUp(): Store & { full: boolean } {
  const base = createMemoryStore();
  const store = {
    ...base,
    full: false,
    put: (collection: string, id: string, record: object) => {
      if (store.full && collection === IDEMPOTENCY_COLLECTION) throw new Error('database or disk is full');
      base.put(collection, id, record);
    },
  };
  return store;
}

/** A consultant at work on a backend whose store fills up on demand, and what the state holds. */
async function atWorkOnAFillingStore(options: BackendOptions = {}) {
  const store = storeThatFillsUp();
  const h = harness({ ...options, store });
  const work = await atWork(h);
  const held = () => {
    const { collections } = h.admin.snapshot();
    return {
      contacts: Object.keys(collections.contacts ?? {}).length,
      syncItems: Object.keys(collections.syncItems ?? {}),
      storedAnswers: Object.keys(collections[IDEMPOTENCY_COLLECTION] ?? {}).length,
    };
  };
  return { store, h, work, held };
}

it('keeps nothing of a contact opened whose answer cannot be stored, and opens it once on the retry', async () => {
  const { store, h, work, held } = await atWorkOnAFillingStore();
  const open = () =>
    h.call('POST', `/shifts/${work.shiftId}/contacts`, {
      token: work.token,
      headers: { 'Idempotency-Key': 'open-1' },
      body: { activityTypeId: work.activityTypeId },
    });
  const before = held();

  store.full = true;
  expect(await open()).toMatchObject({ status: 500, body: { code: 'internal_server_error' } });
  expect(held()).toEqual(before);

  store.full = false;
  const retried = await open();
  expect(retried.status).toBe(201);
  expect(retried.headers['idempotency-replayed']).toBeUndefined();
  const again = await open();
  expect(again.headers['idempotency-replayed']).toBe('true');
  expect(again.body).toEqual(retried.body);
  expect(held()).toEqual({
    ...before,
    contacts: before.contacts + 1,
    storedAnswers: before.storedAnswers + 1,
  });
});

it('keeps nothing of an upload whose answer cannot be stored, and accepts its items once on the retry', async () => {
  const { store, h, work, held } = await atWorkOnAFillingStore();
  const opened = await h.call('POST', `/shifts/${work.shiftId}/contacts`, {
    token: work.token,
    body: { activityTypeId: work.activityTypeId },
  });
  const upload = () =>
    h.call('POST', `/shifts/${work.shiftId}/sync`, {
      token: work.token,
      headers: { 'Idempotency-Key': 'upload-1' },
      body: {
        items: [
          {
            idempotencyKey: ITEM_KEY,
            contactId: opened.body.id,
            recordedAt: opened.body.openedAt,
            contact: {
              activityTypeId: work.activityTypeId,
              step: 'submitted',
              consumer: { ...CONSUMER, phone: CONSUMER_PHONE },
            },
          },
        ],
      },
    });
  const before = held();

  store.full = true;
  expect(await upload()).toMatchObject({ status: 500, body: { code: 'internal_server_error' } });
  expect(held()).toEqual(before);

  store.full = false;
  const retried = await upload();
  expect(retried.body.summary).toMatchObject({ accepted: 1 });
  const again = await upload();
  expect(again.headers['idempotency-replayed']).toBe('true');
  expect(again.body).toEqual(retried.body);
  expect(held().syncItems).toEqual([`${work.shiftId} ${ITEM_KEY}`]);
});
