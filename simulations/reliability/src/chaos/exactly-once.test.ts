import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Code } from '@icontact/errors';
import { createLookup, createMockServer, type MockServer } from '@icontact/mock-server';
import { createClient, createMemoryStorage, type FetchLike } from '@icontact/sdk';
import { Agent, fetch as undiciFetch } from 'undici';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type AdminClient, createAdminClient, type StoreSnapshotJson } from '../support/admin-client.js';
import { CLOCK_START, SUITE_MOCK_OPTIONS } from '../support/mock-harness.js';
import { type ConsultantDayResult, runConsultantDay } from './consultant-day.js';
import { createVirtualConsultants } from './virtual-consultants.js';

const CONSULTANTS = Number(process.env.ICONTACT_CHAOS_CONSULTANTS ?? 12);
const CONTACTS_EACH = Number(process.env.ICONTACT_CHAOS_CONTACTS ?? 4);
/** The fault engine's seed: every probability draw comes from it (which request a draw falls on still depends on timing). */
const SEED = Number(process.env.ICONTACT_CHAOS_SEED ?? 2026);
/** The SDK's per-attempt limit; the latency fault answers later than this. */
const SDK_TIMEOUT_MS = 1000;

/** The chaos: lost answers of applied writes, 502s, answers later than the SDK waits, failed DNS. */
const FAULTS = [
  {
    id: 'lost-answers',
    kind: 'reset_mid_body',
    fraction: 0.3,
    timing: 'after',
    target: { method: 'POST', probability: 0.08 },
  },
  { id: 'gateway', kind: 'http', status: 502, code: Code.bad_gateway, target: { probability: 0.08 } },
  {
    id: 'too-slow',
    kind: 'latency',
    ms: 1500,
    timing: 'after',
    target: { method: 'PUT', probability: 0.05 },
  },
  { id: 'dns', kind: 'dns_failure', answer: 'nodata', target: { times: 6 } },
];

let folder: string;
let server: MockServer;
let admin: AdminClient;
let results: ConsultantDayResult[];
let restarts = 0;
/** Contacts submitted when the mock went down for its restart. */
let submittedAtRestart = 0;
let finalSnapshot: StoreSnapshotJson;
/** Faults injected, by kind, summed over both lives of the mock (a restart starts the counters over). */
const faultsByKind: Record<string, number> = {};

async function countFaults(): Promise<void> {
  const { byKind } = (await admin.call('GET', '/faults/counters')).body as { byKind: Record<string, number> };
  for (const [kind, count] of Object.entries(byKind)) faultsByKind[kind] = (faultsByKind[kind] ?? 0) + count;
}

/** Starts the mock on `ports` (free ones the first time) with the state in `folder`. */
async function start(ports?: { port: number; adminPort: number; dnsPort: number }): Promise<MockServer> {
  const started = await createMockServer({
    ...SUITE_MOCK_OPTIONS,
    seed: SEED,
    dataDir: folder,
    port: ports?.port ?? 0,
    adminPort: ports?.adminPort ?? 0,
    dnsPort: ports?.dnsPort ?? 0,
  });
  await started.listen();
  return started;
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'icontact-chaos-'));
  server = await start();
  const apiPort = Number(new URL(server.url).port);
  const adminPort = Number(new URL(server.adminUrl).port);
  const dns = server.dns;
  if (dns === undefined) throw new Error('the DNS responder did not start');
  const ports = { port: apiPort, adminPort, dnsPort: dns.port };
  admin = createAdminClient(server.adminUrl);

  const consultants = await createVirtualConsultants(admin, CONSULTANTS);
  for (const fault of FAULTS) await admin.addFault(fault);

  // Every consultant resolves the mock's name through its DNS responder (so DNS can fail for real).
  const dispatcher = new Agent({ connect: { lookup: createLookup({ host: dns.host, port: dns.port }) } });
  const viaDns: FetchLike = (input, init) =>
    undiciFetch(input as string, { ...(init as object), dispatcher }) as unknown as Promise<Response>;
  const baseUrl = `http://${dns.hostname}:${apiPort}/api/v1`;

  // The restart: midway — once a third of the contacts are submitted, so that it strikes consultants
  // in the middle of their day however fast or slow the machine is — the mock goes down and comes back
  // on the same ports with its data dir.
  let submitted = 0;
  let reachRestartPoint = (): void => undefined;
  const restartPoint = new Promise<void>((resolve) => {
    reachRestartPoint = resolve;
  });
  const onSubmitted = (): void => {
    submitted += 1;
    if (submitted >= Math.ceil((CONSULTANTS * CONTACTS_EACH) / 3)) reachRestartPoint();
  };
  const restart = (async () => {
    await restartPoint;
    submittedAtRestart = submitted;
    await countFaults();
    await server.close(100);
    await new Promise((resolve) => setTimeout(resolve, 300));
    server = await start(ports);
    for (const fault of FAULTS.filter((candidate) => candidate.kind !== 'dns_failure'))
      await admin.addFault(fault);
    restarts += 1;
  })();

  const days = Promise.all(
    consultants.map((consultant, index) =>
      runConsultantDay({
        client: createClient({
          baseUrl,
          appVersion: '3.2.0',
          clientKind: 'tablet',
          fetch: viaDns,
          storage: createMemoryStorage(),
          timeouts: { requestMs: SDK_TIMEOUT_MS },
          retry: { initialDelayMs: 20, maxDelayMs: 200 },
          now: () => Date.parse(CLOCK_START),
        }),
        admin: () => admin,
        login: consultant.login,
        password: consultant.password,
        index: index + 1,
        contacts: CONTACTS_EACH,
        onSubmitted,
      }),
    ),
  );
  // A day that fails before the restart point must not leave the restart waiting for ever.
  void days.finally(reachRestartPoint).catch(() => undefined);
  // Both settle before anything is judged: a failed day must not leave the restart running unawaited
  // (its admin calls would then fail against a mock closed by afterAll, as an unhandled rejection).
  const [day, restarted] = await Promise.allSettled([days, restart]);
  await dispatcher.close();
  if (day.status === 'rejected') throw day.reason;
  if (restarted.status === 'rejected') throw restarted.reason;
  results = day.value;
  finalSnapshot = await admin.snapshot();
  await countFaults();
}, 120_000);

afterAll(async () => {
  await server?.close(100);
  if (folder !== undefined) await rm(folder, { recursive: true, force: true });
});

it('runs every virtual consultant’s day to a closed shift, through a restart of the mock', () => {
  expect(restarts).toBe(1);
  expect(submittedAtRestart).toBeGreaterThan(0);
  expect(submittedAtRestart).toBeLessThan(CONSULTANTS * CONTACTS_EACH);
  expect(results).toHaveLength(CONSULTANTS);
  const shifts = finalSnapshot.collections.shifts ?? {};
  for (const result of results) {
    expect(result.contactIds).toHaveLength(CONTACTS_EACH);
    expect(shifts[result.shiftId]?.status, result.login).toBe('closed');
  }
});

it('reports how often the app pressed Retry after the SDK gave up', () => {
  const retries = results.reduce((total, result) => total + result.retries, 0);
  // biome-ignore lint/suspicious/noConsole: the figures of docs/reliability.md come from this line
  console.info(`chaos: ${CONSULTANTS}×${CONTACTS_EACH} contacts, ${retries} Retry presses, seed ${SEED}`);
  expect(retries).toBeGreaterThan(0);
});

it('leaves nothing in any outbox', () => {
  expect(results.map((result) => result.unsentAfterClose)).toEqual(results.map(() => 0));
});

it('holds every contact exactly once on the server: one synced record per contact, no stray contact opened', () => {
  const items = Object.values(finalSnapshot.collections.syncItems ?? {});
  const contacts = Object.values(finalSnapshot.collections.contacts ?? {});
  for (const result of results) {
    for (const [index, contactId] of result.contactIds.entries()) {
      const synced = items.filter((item) => item.contactId === contactId);
      expect({ contactId, synced: synced.length }).toEqual({ contactId, synced: 1 });
      expect(synced[0]?.idempotencyKey).toBe(result.recordKeys[index]);
      // The record is whole: a step the app believed unapplied would leave its data out of it. A sync
      // item names its contact; the contact's data live once, in the contact record (decision 0006).
      const record = contacts.find((contact) => contact.id === contactId);
      expect(record).toMatchObject({
        step: 'submitted',
        consumer: { surname: 'Сейтказиева', phone: expect.stringMatching(/^\+7701/u) },
        details: { devices: [{ model: 'Tulpar X1', quantity: 1 }] },
      });
    }
    const opened = contacts.filter((contact) => contact.shiftId === result.shiftId);
    expect({ login: result.login, opened: opened.length }).toEqual({
      login: result.login,
      opened: CONTACTS_EACH,
    });
    expect(opened.every((contact) => contact.step === 'submitted')).toBe(true);
  }
  expect(items).toHaveLength(CONSULTANTS * CONTACTS_EACH);
});

it('sent each consumer one SMS: no lost answer made the SDK send a second', () => {
  const sends = Object.values(finalSnapshot.collections.smsSends ?? {});
  expect(sends).toHaveLength(CONSULTANTS * CONTACTS_EACH);
  expect(new Set(sends.map((send) => send.phone)).size).toBe(CONSULTANTS * CONTACTS_EACH);
});

it('really injected every kind of fault (counted by the mock after its restart)', () => {
  expect(faultsByKind.reset_mid_body ?? 0).toBeGreaterThan(0);
  expect(faultsByKind.http ?? 0).toBeGreaterThan(0);
  expect(faultsByKind.latency ?? 0).toBeGreaterThan(0);
  expect(faultsByKind.dns_failure ?? 0).toBeGreaterThan(0);
});
