import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { LocalError } from '../core/errors/local-error.js';
import { createFileStorage, fileNameOf } from '../storage/file-storage.js';
import { createMemoryStorage } from '../storage/memory-storage.js';
import { Outbox } from './outbox.js';
import type { OutboxItem } from './outbox-item.js';

const SHIFT = '3f6c1d2a-8b7e-4f10-9c3d-5a2b1e0f7c64';

function item(n: number): OutboxItem {
  return {
    idempotencyKey: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    contactId: `10000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    recordedAt: '2026-11-24T07:00:00.000Z',
    contact: { activityTypeId: '4c6e8a0b-3d5f-4a7c-9e1b-2f4a6c8e0d3f', step: 'submitted' },
  };
}

it('keeps added items pending in order and lists their keys in the manifest', async () => {
  const outbox = new Outbox(createMemoryStorage());
  await outbox.add(SHIFT, item(1));
  await outbox.add(SHIFT, item(2));
  expect((await outbox.pending(SHIFT)).map((entry) => entry.idempotencyKey)).toEqual([
    item(1).idempotencyKey,
    item(2).idempotencyKey,
  ]);
  expect(await outbox.manifest(SHIFT)).toEqual([item(1).idempotencyKey, item(2).idempotencyKey]);
  expect(await outbox.unsentCount()).toBe(2);
});

it('ignores adding the same key twice', async () => {
  const outbox = new Outbox(createMemoryStorage());
  await outbox.add(SHIFT, item(1));
  await outbox.add(SHIFT, item(1));
  expect(await outbox.pending(SHIFT)).toHaveLength(1);
});

it('lets an item leave only on accepted or duplicate, and keeps a rejected one aside with its code', async () => {
  const outbox = new Outbox(createMemoryStorage(), { now: () => new Date('2026-11-24T08:00:00.000Z') });
  for (const n of [1, 2, 3, 4]) await outbox.add(SHIFT, item(n));
  await outbox.settle(SHIFT, [
    { idempotencyKey: item(1).idempotencyKey, status: 'accepted' },
    { idempotencyKey: item(2).idempotencyKey, status: 'duplicate' },
    { idempotencyKey: item(3).idempotencyKey, status: 'rejected', code: 'iin_invalid', detail: 'bad IIN' },
  ]);
  expect((await outbox.pending(SHIFT)).map((entry) => entry.idempotencyKey)).toEqual([
    item(4).idempotencyKey,
  ]);
  expect(await outbox.rejected(SHIFT)).toEqual([
    { item: item(3), code: 'iin_invalid', detail: 'bad IIN', rejectedAt: '2026-11-24T08:00:00.000Z' },
  ]);
  expect(await outbox.manifest(SHIFT)).toHaveLength(4);
  expect(await outbox.unsentCount(SHIFT)).toBe(2);
});

it('survives a restart with a file storage', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'icontact-outbox-'));
  try {
    await new Outbox(createFileStorage(dir)).add(SHIFT, item(1));
    const reopened = new Outbox(createFileStorage(dir));
    expect(await reopened.pending(SHIFT)).toEqual([item(1)]);
    expect(await reopened.shifts()).toEqual([SHIFT]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

it('raises local_storage_full with the unsent count when a capacity-limited storage is full, losing nothing', async () => {
  const storage = createMemoryStorage({ capacityBytes: 2200 });
  const outbox = new Outbox(storage);
  let stored = 0;
  let refusal: unknown;
  for (let n = 1; n <= 50 && refusal === undefined; n++) {
    try {
      await outbox.add(SHIFT, item(n));
      stored += 1;
    } catch (error) {
      refusal = error;
    }
  }
  expect(stored).toBeGreaterThan(0);
  expect(refusal).toBeInstanceOf(LocalError);
  expect(refusal).toMatchObject({ code: 'local_storage_full', data: { unsent: stored }, retryable: false });
  expect((refusal as LocalError).remedy.ru).toBeTruthy();
  expect(await outbox.pending(SHIFT)).toHaveLength(stored);
});

it('raises local_storage_full on a really full device (ENOSPC) and keeps what was stored', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'icontact-outbox-'));
  try {
    const outbox = new Outbox(createFileStorage(dir));
    await outbox.add(SHIFT, item(1));
    await outbox.add('other-shift', item(2));
    await symlink('/dev/full', join(dir, `${fileNameOf(`icontact.outbox.${SHIFT}`)}.tmp`));
    const refusal = await outbox.add(SHIFT, item(3)).catch((error: unknown) => error);
    expect(refusal).toMatchObject({ code: 'local_storage_full', data: { unsent: 2 } });
    expect((refusal as LocalError).cause).toMatchObject({ code: 'ENOSPC' });
    expect(await new Outbox(createFileStorage(dir)).pending(SHIFT)).toEqual([item(1)]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

it('serialises concurrent adds so that none is lost', async () => {
  const outbox = new Outbox(createMemoryStorage());
  await Promise.all(Array.from({ length: 30 }, (_, index) => outbox.add(SHIFT, item(index + 1))));
  expect(await outbox.pending(SHIFT)).toHaveLength(30);
});
