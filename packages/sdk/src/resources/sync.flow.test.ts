import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { IContactClient } from '../client.js';
import { ConnectionError } from '../core/errors/connection-error.js';
import { LocalError } from '../core/errors/local-error.js';
import { createFileStorage } from '../storage/file-storage.js';
import { createMemoryStorage } from '../storage/memory-storage.js';
import { fillContact, startShift } from '../test-support/consultant-day.js';
import { type SdkMock, useSdkMock } from '../test-support/sdk-mock.js';

const mock = useSdkMock();

/** The sync items the server accepted for a shift, read from its state. */
function acceptedKeys(admin: SdkMock['admin'], shiftId: string): string[] {
  const items = Object.values(admin.snapshot().collections.syncItems ?? {}) as {
    shiftId: string;
    idempotencyKey: string;
  }[];
  return items.filter((item) => item.shiftId === shiftId).map((item) => item.idempotencyKey);
}

async function submitContacts(
  client: IContactClient,
  shiftId: string,
  activityTypeId: string,
  count: number,
  from = 1,
) {
  const keys: string[] = [];
  for (let n = from; n < from + count; n++) {
    const registration = await client.contacts.begin(shiftId, { activityTypeId });
    await fillContact(mock, registration, n);
    await registration.submit();
    keys.push(registration.recordKey);
  }
  return keys;
}

it('uploads the outbox in batches and lets each item leave only once the server has it', async () => {
  const { client, events } = mock.client({ syncBatchSize: 2 });
  const { shift, activityTypeId } = await startShift(mock, client);
  const keys = await submitContacts(client, shift.id, activityTypeId, 5);
  const report = await client.sync.push(shift.id);
  expect(report).toMatchObject({ accepted: 5, batches: 3, unsent: 0 });
  expect(
    events.filter((event) => event.type === 'request:start' && event.url.endsWith('/sync')),
  ).toHaveLength(3);
  expect(acceptedKeys(mock.admin, shift.id).sort()).toEqual([...keys].sort());
});

it('re-sends a batch whose answer was lost with the same item keys: the server counts duplicates, not new contacts', async () => {
  const { client } = mock.client();
  const { shift, activityTypeId } = await startShift(mock, client);
  const keys = await submitContacts(client, shift.id, activityTypeId, 2);
  mock.admin.addFault({
    kind: 'reset_mid_body',
    timing: 'after',
    target: { operation: 'syncContacts', times: 1 },
  });
  const report = await client.sync.push(shift.id);
  expect(report.unsent).toBe(0);
  expect(report.accepted + report.duplicate).toBe(2);
  expect(acceptedKeys(mock.admin, shift.id).sort()).toEqual([...keys].sort());
});

it('repeats a sync that failed with "101 ошибка" (sync_failed) by itself', async () => {
  const { client, events } = mock.client();
  const { shift, activityTypeId } = await startShift(mock, client);
  await submitContacts(client, shift.id, activityTypeId, 1);
  mock.admin.addFault({
    kind: 'http',
    status: 500,
    code: 'sync_failed',
    appCode: 101,
    target: { operation: 'syncContacts', times: 1 },
  });
  expect((await client.sync.push(shift.id)).accepted).toBe(1);
  expect(events.some((event) => event.type === 'request:retry' && event.error?.code === 'sync_failed')).toBe(
    true,
  );
});

it('keeps a rejected item aside with its code and refuses to close the shift while it is unsent', async () => {
  const { client } = mock.client();
  const { shift, activityTypeId } = await startShift(mock, client);
  await client.outbox.add(shift.id, {
    idempotencyKey: '00000000-0000-4000-8000-000000000001',
    contactId: '10000000-0000-4000-8000-000000000001',
    recordedAt: new Date(mock.now()).toISOString(),
    contact: { activityTypeId, step: 'submitted' },
  });
  const report = await client.sync.push(shift.id);
  expect(report.rejected).toHaveLength(1);
  expect(report.rejected[0]?.code).toBe('contact_not_found');
  expect(await client.sync.rejected(shift.id)).toHaveLength(1);
  const error = await client.shifts.close(shift.id).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(LocalError);
  expect(error).toMatchObject({ code: 'final_sync_incomplete', data: { unsent: 1 } });
  expect((await client.shifts.get(shift.id)).status).toBe('in_progress');
});

it('refuses to close while the network is down, keeps the contacts, and closes once it is back', async () => {
  const { client } = mock.client({ retry: { maxRetries: 1 } });
  const { shift, activityTypeId } = await startShift(mock, client);
  await submitContacts(client, shift.id, activityTypeId, 2);
  mock.admin.addFault({ kind: 'abort', target: { operation: 'syncContacts' } });
  const error = await client.shifts.close(shift.id).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ConnectionError);
  expect(await client.sync.unsentCount(shift.id)).toBe(2);
  mock.admin.clearFaults();
  expect((await client.shifts.close(shift.id)).status).toBe('closed');
  expect(acceptedKeys(mock.admin, shift.id)).toHaveLength(2);
});

it('raises local_storage_full before submitting when the outbox cannot store the contact, losing nothing', async () => {
  const storage = createMemoryStorage({ capacityBytes: 100_000 });
  const { client, events } = mock.client({ storage });
  const { shift, activityTypeId } = await startShift(mock, client);
  const stored = await submitContacts(client, shift.id, activityTypeId, 1);
  const registration = await client.contacts.begin(shift.id, { activityTypeId });
  await fillContact(mock, registration, 2);
  // Other data fills the device: 500 bytes stay free, less than a contact's record (about 1.3 kB).
  const ballast = 'other-app-data';
  await storage.setItem(ballast, 'x'.repeat((100_000 - storage.usedBytes() - 500) / 2 - ballast.length));
  const submits = () =>
    events.filter((event) => event.type === 'request:start' && event.url.endsWith('/submit')).length;
  const before = submits();
  const error = await registration.submit().catch((e: unknown) => e);
  expect(error).toMatchObject({ code: 'local_storage_full', data: { unsent: 1 } });
  expect(submits()).toBe(before);
  expect(registration.step).toBe('details_recorded');
  expect((await client.sync.pending(shift.id)).map((item) => item.idempotencyKey)).toEqual(stored);
});

it('keeps the outbox across a restart of the app with a file storage, and syncs it then', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'icontact-sdk-outbox-'));
  try {
    const first = mock.client({ storage: createFileStorage(dir) }).client;
    const { shift, activityTypeId } = await startShift(mock, first);
    const keys = await submitContacts(first, shift.id, activityTypeId, 1);
    const restarted = mock.client({ storage: createFileStorage(dir) }).client;
    await restarted.auth.login({ login: 'mk.aset', password: mock.password });
    expect((await restarted.sync.push(shift.id)).accepted).toBe(1);
    expect(acceptedKeys(mock.admin, shift.id)).toEqual(keys);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

it('re-sends a close whose answer was lost with the same key even after a press that met a 502: the shift is closed once', async () => {
  const { client } = mock.client({ retry: { maxRetries: 0 } });
  const { shift, activityTypeId } = await startShift(mock, client);
  await submitContacts(client, shift.id, activityTypeId, 1);
  mock.admin.addFault({
    kind: 'reset_mid_body',
    timing: 'after',
    target: { operation: 'closeShift', times: 1 },
  });
  mock.admin.addFault({
    kind: 'http',
    status: 502,
    code: 'bad_gateway',
    target: { operation: 'closeShift', times: 1 },
  });
  await expect(client.shifts.close(shift.id)).rejects.toMatchObject({ maybeApplied: true });
  await expect(client.shifts.close(shift.id)).rejects.toMatchObject({ status: 502, maybeApplied: false });
  expect((await client.shifts.close(shift.id)).status).toBe('closed');
  expect(await client.sync.unsentCount()).toBe(0);
});
