import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import type { IContactClient } from '../client.js';
import { ConnectionError } from '../core/errors/connection-error.js';
import { createFileStorage } from '../storage/file-storage.js';
import { createMemoryStorage } from '../storage/memory-storage.js';
import type { Storage } from '../storage/storage.js';
import { consumer, lastSmsCode, startShift } from '../test-support/consultant-day.js';
import { useSdkMock } from '../test-support/sdk-mock.js';
import type { ContactRegistration } from './contact-registration.js';

const mock = useSdkMock();
const packageRoot = fileURLToPath(new URL('../..', import.meta.url));
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

/** A directory for a file storage, removed after the test. */
async function storageDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'icontact-sdk-resume-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** The app started again: a new client on the same storage, logged in again. */
async function restart(storage: Storage): Promise<IContactClient> {
  const { client } = mock.client({ storage });
  await client.auth.login({ login: 'mk.aset', password: mock.password });
  return client;
}

/** The SMS the mock's admin API shows for `phone`. */
async function inbox(phone: string): Promise<unknown[]> {
  const response = await fetch(`${mock.adminUrl}/sms?phone=${encodeURIComponent(phone)}`);
  return (await response.json()) as unknown[];
}

/** Runs the steps after the SMS send, submits and syncs. */
async function finish(client: IContactClient, registration: ContactRegistration, phone: string) {
  await registration.verifySmsCode(lastSmsCode(mock, phone));
  await registration.recordDetails({
    devices: [{ model: 'Tulpar X1', quantity: 1 }],
    compliment: { kind: 'чехол', quantity: 1 },
  });
  await registration.submit();
  return client.sync.push(registration.shiftId);
}

it('resumes a registration after a restart with a file storage: the consumer is kept and the contact completes once', async () => {
  const dir = await storageDir();
  const before = mock.client({ storage: createFileStorage(dir) }).client;
  const { shift, activityTypeId } = await startShift(mock, before);
  const entry = consumer(21);
  const begun = await before.contacts.begin(shift.id, { activityTypeId });
  await begun.recordConsumer(entry);
  await begun.checkIin();

  const after = await restart(createFileStorage(dir));
  const [registration, ...others] = await after.contacts.resumable(shift.id);
  expect(others).toEqual([]);
  if (registration === undefined) throw new Error('no registration to resume');
  expect(registration).toMatchObject({
    contactId: begun.contactId,
    recordKey: begun.recordKey,
    step: 'iin_verified',
    pendingAction: undefined,
    consumer: { iin: entry.iin, phone: entry.phone, surname: entry.surname },
  });
  await registration.sendSmsCode();
  const report = await finish(after, registration, entry.phone);

  expect(report).toMatchObject({ accepted: 1, rejected: [], unsent: 0 });
  const contacts = mock.admin.contacts({ shiftId: shift.id });
  expect(contacts.map((contact) => [contact.step, contact.consumer?.iin])).toEqual([
    ['submitted', entry.iin],
  ]);
  expect(await after.contacts.resumable()).toEqual([]);
  expect(await after.contacts.resume(begun.contactId)).toBeUndefined();
});

it('repeats an SMS send whose answer was lost (reset@after) with its key after a restart: one SMS, the contact completes once', async () => {
  const dir = await storageDir();
  const before = mock.client({ storage: createFileStorage(dir), retry: { maxRetries: 0 } }).client;
  const { shift, activityTypeId } = await startShift(mock, before);
  const entry = consumer(22);
  const begun = await before.contacts.begin(shift.id, { activityTypeId });
  await begun.recordConsumer(entry);
  await begun.checkIin();
  mock.admin.addFault({
    kind: 'reset_mid_body',
    timing: 'after',
    target: { operation: 'sendSmsCode', times: 1 },
  });
  const lost = await begun.sendSmsCode().catch((e: unknown) => e);
  expect(lost).toBeInstanceOf(ConnectionError);
  expect(lost).toMatchObject({ code: 'unexpected_end_of_stream', maybeApplied: true });
  expect(await inbox(entry.phone)).toHaveLength(1);

  const after = await restart(createFileStorage(dir));
  const registration = await after.contacts.resume(begun.contactId);
  if (registration === undefined) throw new Error('no registration to resume');
  expect(registration).toMatchObject({ step: 'iin_verified', pendingAction: 'send_sms' });
  expect((await registration.sendSmsCode()).step).toBe('sms_sent');
  expect(registration.pendingAction).toBeUndefined();
  expect(await inbox(entry.phone)).toHaveLength(1);
  expect(mock.admin.smsSent().find((count) => count.phone === entry.phone)?.count).toBe(1);

  const report = await finish(after, registration, entry.phone);
  expect(report).toMatchObject({ accepted: 1, duplicate: 0, rejected: [], unsent: 0 });
  expect(mock.admin.contacts({ shiftId: shift.id }).map((contact) => contact.step)).toEqual(['submitted']);
});

it('repeats a submit whose answer was lost after a restart: the same record key, one contact', async () => {
  const dir = await storageDir();
  const before = mock.client({ storage: createFileStorage(dir), retry: { maxRetries: 0 } }).client;
  const { shift, activityTypeId } = await startShift(mock, before);
  const entry = consumer(23);
  const begun = await before.contacts.begin(shift.id, { activityTypeId });
  await begun.recordConsumer(entry);
  await begun.checkIin();
  await begun.sendSmsCode();
  await begun.verifySmsCode(lastSmsCode(mock, entry.phone));
  await begun.recordDetails({
    devices: [{ model: 'Tulpar X1', quantity: 1 }],
    compliment: { kind: 'чехол', quantity: 1 },
  });
  mock.admin.addFault({ kind: 'abort', timing: 'after', target: { operation: 'submitContact', times: 1 } });
  await expect(begun.submit()).rejects.toMatchObject({ maybeApplied: true });

  const after = await restart(createFileStorage(dir));
  const registration = await after.contacts.resume(begun.contactId);
  if (registration === undefined) throw new Error('no registration to resume');
  expect(registration).toMatchObject({ step: 'details_recorded', pendingAction: 'submit' });
  expect((await registration.submit()).step).toBe('submitted');
  expect((await after.sync.pending(shift.id)).map((item) => item.idempotencyKey)).toEqual([begun.recordKey]);
  expect(await after.sync.push(shift.id)).toMatchObject({ accepted: 1, unsent: 0 });
  expect(mock.admin.contacts({ shiftId: shift.id }).map((contact) => contact.step)).toEqual(['submitted']);
  expect(await after.contacts.resumable()).toEqual([]);
});

it('raises local_storage_full before a step is sent when its key cannot be kept, and sends it once there is room', async () => {
  const storage = createMemoryStorage({ capacityBytes: 100_000 });
  const { client, events } = mock.client({ storage });
  const { shift, activityTypeId } = await startShift(mock, client);
  const entry = consumer(24);
  const registration = await client.contacts.begin(shift.id, { activityTypeId });
  await registration.recordConsumer(entry);
  await registration.checkIin();
  const ballast = 'other-app-data';
  await storage.setItem(ballast, 'x'.repeat((100_000 - storage.usedBytes()) / 2 - ballast.length));
  const sends = () =>
    events.filter((event) => event.type === 'request:start' && event.url.endsWith('/sms')).length;

  const error = await registration.sendSmsCode().catch((e: unknown) => e);
  expect(error).toMatchObject({ code: 'local_storage_full', data: { unsent: 0 } });
  expect(sends()).toBe(0);
  expect(registration).toMatchObject({ step: 'iin_verified', pendingAction: undefined });
  expect(await inbox(entry.phone)).toHaveLength(0);

  await storage.removeItem(ballast);
  expect((await registration.sendSmsCode()).step).toBe('sms_sent');
  expect(await inbox(entry.phone)).toHaveLength(1);
});

// The app as its own process, killed (SIGKILL) while the SMS send is on the wire: it imports the built
// package by its own name, as an app does, and stops at nothing the test controls.
const APP = `
import { createClient } from '@icontact/sdk';
import { createFileStorage } from '@icontact/sdk/node';
const [baseUrl, now, dir, password, shiftId, activityTypeId, entry] = process.argv.slice(2);
const client = createClient({
  baseUrl, appVersion: '3.2.0', clientKind: 'tablet', now: () => Number(now), storage: createFileStorage(dir),
});
await client.auth.login({ login: 'mk.aset', password });
const registration = await client.contacts.begin(shiftId, { activityTypeId });
await registration.recordConsumer(JSON.parse(entry));
await registration.checkIin();
console.log(registration.contactId);
await registration.sendSmsCode();
console.log('answered');
`;

it('resumes after the app was killed while its SMS send was on the wire: the key was kept, one SMS', async () => {
  const dir = await storageDir();
  const { client: setup } = mock.client();
  const { shift, activityTypeId } = await startShift(mock, setup);
  const entry = consumer(25);
  // The send is applied at once; its answer would come a minute later.
  mock.admin.addFault({
    kind: 'latency',
    ms: 60_000,
    timing: 'after',
    target: { operation: 'sendSmsCode', times: 1 },
  });
  const appDir = join(packageRoot, '.cache', 'resume');
  mkdirSync(appDir, { recursive: true });
  const script = join(appDir, 'app.mjs');
  writeFileSync(script, APP);
  const args = [mock.apiUrl, String(mock.now()), dir, mock.password, shift.id, activityTypeId];
  const app: ChildProcess = spawn(process.execPath, [script, ...args, JSON.stringify(entry)], {
    cwd: packageRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  cleanups.push(async () => app.kill('SIGKILL'));
  let output = '';
  app.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    app.once('exit', (_code, signal) => resolve(signal)),
  );
  const deadline = Date.now() + 30_000;
  while (mock.admin.smsInbox(entry.phone).length === 0) {
    if (Date.now() > deadline || app.exitCode !== null)
      throw new Error(`the app never sent the SMS: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  app.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');
  expect(output).not.toContain('answered');
  const contactId = output.trim();

  const after = await restart(createFileStorage(dir));
  const [registration] = await after.contacts.resumable(shift.id);
  expect(registration).toMatchObject({ contactId, step: 'iin_verified', pendingAction: 'send_sms' });
  if (registration === undefined) throw new Error('no registration to resume');
  expect((await registration.sendSmsCode()).step).toBe('sms_sent');
  expect(await inbox(entry.phone)).toHaveLength(1);
  const report = await finish(after, registration, entry.phone);
  expect(report).toMatchObject({ accepted: 1, rejected: [], unsent: 0 });
  expect(mock.admin.contacts({ shiftId: shift.id }).map((contact) => contact.step)).toEqual(['submitted']);
}, 60_000);
