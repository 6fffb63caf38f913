/**
 * How the backend's hot requests grow with the number of stored contacts (a benchmark, not a test:
 * nothing here asserts a speed).
 *
 * For each size N it records one real closed shift of 50 contacts through `backend.handle` (login, start,
 * open, upload, final sync, close), copies it under fresh ids until the state holds N contacts and
 * restores that through the backend's snapshot, then times, on another consultant's shift, the requests of
 * a shift close: login, opening a contact, recording its consumer (a contact step that counts the phone's
 * SMS), an upload of 20 contacts, the sync status and the final sync. Each step is repeated and its median
 * reported, in milliseconds of wall time, in process (no HTTP).
 *
 *   ./run pnpm --filter @icontact/mock-core bench                     # 1k, 10k, 100k contacts
 *   ./run pnpm --filter @icontact/mock-core bench -- --sizes 1000,50000 --rounds 9
 *
 * It reads the built package (`dist`): the `bench` script builds it first.
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { type Backend, createBackend, type StoreSnapshot } from '@icontact/mock-core';

/** 08:30 in Almaty on 2026-11-24, as in the package's tests. */
const START = '2026-11-24T03:30:00.000Z';
const PASSWORD = 'Passw0rd!';
/** The consultant whose shift becomes the template, and the one whose shift is timed. */
const TEMPLATE_LOGIN = 'mk.aset';
const TIMED_LOGIN = 'mk.dana';
const TEMPLATE_CONTACTS = 50;
const BATCH = 20;

const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    rounds: { type: 'string', default: '7' },
  },
});
const sizes = String(args.sizes)
  .split(',')
  .map((size) => Number(size.trim()));
const rounds = Number(args.rounds);
if (sizes.some((size) => !Number.isInteger(size) || size < TEMPLATE_CONTACTS) || !(rounds >= 1)) {
  throw new RangeError(`--sizes are whole numbers of at least ${TEMPLATE_CONTACTS}, --rounds at least 1`);
}

interface Answer {
  readonly status: number;
  // biome-ignore lint/suspicious/noExplicitAny: the benchmark reads answers loosely; the tests check their shape
  readonly body: any;
}

async function call(
  backend: Backend,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; key?: string } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { 'X-Client-Kind': 'tablet', 'X-App-Version': '3.2.0' };
  if (options.token !== undefined) headers.Authorization = `Bearer ${options.token}`;
  if (options.key !== undefined) headers['Idempotency-Key'] = options.key;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const result = await backend.handle({
    method,
    url: `/api/v1${path}`,
    headers,
    bodyText: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  if (result.kind !== 'response') throw new Error(`${method} ${path}: a wire fault, ${result.fault.faultId}`);
  return result;
}

function expectStatus(answer: Answer, status: number, what: string): Answer {
  if (answer.status !== status) throw new Error(`${what}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer;
}

let phoneSerial = 0;
/** A consumer with a phone of its own, so that no number reaches the SMS quota. */
function consumer() {
  phoneSerial += 1;
  return {
    surname: 'Нурланова',
    firstName: 'Әсел',
    patronymic: 'Қайратқызы',
    iin: '061211600012',
    phone: `+7701${String(phoneSerial).padStart(7, '0')}`,
  };
}

/** A consultant at work on their seeded shift of today. */
async function atWork(backend: Backend, login: string) {
  const token = expectStatus(
    await call(backend, 'POST', '/auth/token', { body: { login, password: PASSWORD } }),
    200,
    `login ${login}`,
  ).body.access as string;
  const userId = backend.admin.users().find((user) => user.login === login)?.id;
  const shift = backend.admin.shifts().find((candidate) => candidate.consultantId === userId);
  if (!shift) throw new Error(`the seed has no shift for ${login}`);
  const started = expectStatus(
    await call(backend, 'POST', `/shifts/${shift.id}/start`, { token, key: randomUUID() }),
    200,
    'start',
  );
  return { token, shiftId: shift.id, activityTypeId: started.body.project.activityTypes[0].id as string };
}

type Work = Awaited<ReturnType<typeof atWork>>;

async function openContact(backend: Backend, work: Work): Promise<string> {
  const opened = await call(backend, 'POST', `/shifts/${work.shiftId}/contacts`, {
    token: work.token,
    key: randomUUID(),
    body: { activityTypeId: work.activityTypeId },
  });
  return expectStatus(opened, 201, 'open contact').body.id as string;
}

type SyncItem = ReturnType<typeof syncItem>;

function syncItem(work: Work, contactId: string) {
  return {
    idempotencyKey: randomUUID(),
    contactId,
    recordedAt: START,
    contact: { activityTypeId: work.activityTypeId, step: 'submitted', consumer: consumer() },
  };
}

/** A snapshot whose only closed shift is the template's, with its contacts, items and counts. */
async function recordTemplate(): Promise<StoreSnapshot> {
  const backend = createBackend({ clock: { start: START, speed: 0 } });
  const work = await atWork(backend, TEMPLATE_LOGIN);
  const items: SyncItem[] = [];
  for (let i = 0; i < TEMPLATE_CONTACTS; i += 1) items.push(syncItem(work, await openContact(backend, work)));
  const synced = await call(backend, 'POST', `/shifts/${work.shiftId}/sync`, {
    token: work.token,
    key: randomUUID(),
    body: { items },
  });
  if (expectStatus(synced, 200, 'template upload').body.summary.accepted !== TEMPLATE_CONTACTS) {
    throw new Error(`the template upload was not accepted whole: ${JSON.stringify(synced.body.summary)}`);
  }
  const manifest = items.map((item) => item.idempotencyKey);
  expectStatus(
    await call(backend, 'POST', `/shifts/${work.shiftId}/sync/final`, {
      token: work.token,
      key: randomUUID(),
      body: { manifest },
    }),
    200,
    'template final sync',
  );
  expectStatus(
    await call(backend, 'POST', `/shifts/${work.shiftId}/close`, { token: work.token, key: randomUUID() }),
    200,
    'template close',
  );
  return backend.admin.snapshot();
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/**
 * The snapshot with `copies` more copies of its closed shift: every record that names the shift or one
 * of its contacts (in its id or its fields), with those ids and the items' keys replaced by fresh ones.
 * The copies share the consultant, the project and the activity type, as shifts of one team do.
 */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: a benchmark's fixture builder, run by hand; not product code
function inflate(snapshot: StoreSnapshot, copies: number): StoreSnapshot {
  const closed = Object.entries(snapshot.collections.shifts ?? {}).find(
    ([, shift]) => shift.status === 'closed',
  );
  if (!closed) throw new Error('the template has no closed shift');
  const [shiftId] = closed;
  const contactIds = Object.values(snapshot.collections.contacts ?? {})
    .filter((contact) => contact.shiftId === shiftId)
    .map((contact) => String(contact.id));
  const owned = new Set([shiftId, ...contactIds]);
  const template: [string, string, unknown][] = [];
  for (const [collection, records] of Object.entries(snapshot.collections)) {
    if (collection === 'idempotencyKeys' || collection === 'tokens' || collection === 'sessions') continue;
    for (const [id, record] of Object.entries(records)) {
      const text = `${id} ${JSON.stringify(record)}`;
      if ((text.match(UUID) ?? []).some((uuid) => owned.has(uuid))) template.push([collection, id, record]);
    }
  }
  for (const [, , record] of template) {
    const key = (record as { idempotencyKey?: unknown }).idempotencyKey;
    if (typeof key === 'string') owned.add(key);
  }
  const text = JSON.stringify(template);
  const collections: Record<string, Record<string, StoreSnapshot['collections'][string][string]>> = {};
  for (const [name, records] of Object.entries(snapshot.collections)) collections[name] = { ...records };
  for (let copy = 0; copy < copies; copy += 1) {
    const fresh = new Map<string, string>();
    const copied = JSON.parse(
      text.replace(UUID, (uuid) => {
        if (!owned.has(uuid)) return uuid;
        let id = fresh.get(uuid);
        if (id === undefined) {
          id = randomUUID();
          fresh.set(uuid, id);
        }
        return id;
      }),
    ) as [string, string, StoreSnapshot['collections'][string][string]][];
    for (const [collection, id, record] of copied) {
      const target = collections[collection] ?? {};
      target[id] = record;
      collections[collection] = target;
    }
  }
  return { version: 1, collections };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

async function timed<T>(times: number[], fn: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await fn();
  times.push(performance.now() - started);
  return result;
}

const STEPS = ['login', 'open contact', 'record consumer', 'upload 20', 'sync status', 'final sync'] as const;
type Step = (typeof STEPS)[number];

/** The median time of each step on a backend holding `stored` contacts. */
async function measure(template: StoreSnapshot, stored: number): Promise<Record<Step, number>> {
  const backend = createBackend({ clock: { start: START, speed: 0 } });
  const restoreStarted = performance.now();
  backend.admin.restore(inflate(template, stored / TEMPLATE_CONTACTS - 1));
  const restoreMs = performance.now() - restoreStarted;
  const held = backend.admin.contacts().length;
  const times = Object.fromEntries(STEPS.map((step) => [step, [] as number[]])) as Record<Step, number[]>;
  let work = await atWork(backend, TIMED_LOGIN);
  const manifest: string[] = [];
  for (let round = 0; round < rounds; round += 1) {
    await timed(times.login, async () => {
      const answer = await call(backend, 'POST', '/auth/token', {
        body: { login: TIMED_LOGIN, password: PASSWORD },
      });
      work = { ...work, token: expectStatus(answer, 200, 'login').body.access as string };
    });
    const items: SyncItem[] = [];
    for (let i = 0; i < BATCH; i += 1) {
      const contactId = await (i === 0
        ? timed(times['open contact'], () => openContact(backend, work))
        : openContact(backend, work));
      items.push(syncItem(work, contactId));
    }
    const first = items[0] as SyncItem;
    await timed(times['record consumer'], async () =>
      expectStatus(
        await call(backend, 'PUT', `/contacts/${first.contactId}/consumer`, {
          token: work.token,
          key: randomUUID(),
          body: first.contact.consumer,
        }),
        200,
        'record consumer',
      ),
    );
    await timed(times['upload 20'], async () => {
      const answer = await call(backend, 'POST', `/shifts/${work.shiftId}/sync`, {
        token: work.token,
        key: randomUUID(),
        body: { items },
      });
      if (expectStatus(answer, 200, 'upload').body.summary.accepted !== BATCH) {
        throw new Error(`the upload was not accepted whole: ${JSON.stringify(answer.body.summary)}`);
      }
    });
    manifest.push(...items.map((item) => item.idempotencyKey));
    await timed(times['sync status'], async () =>
      expectStatus(
        await call(backend, 'GET', `/shifts/${work.shiftId}/sync`, { token: work.token }),
        200,
        'sync status',
      ),
    );
    await timed(times['final sync'], async () =>
      expectStatus(
        await call(backend, 'POST', `/shifts/${work.shiftId}/sync/final`, {
          token: work.token,
          key: randomUUID(),
          body: { manifest },
        }),
        200,
        'final sync',
      ),
    );
  }
  backend.close();
  process.stderr.write(
    `[bench] ${stored} contacts: restored in ${Math.round(restoreMs)} ms, ${held} held before the timed shift\n`,
  );
  return Object.fromEntries(STEPS.map((step) => [step, median(times[step])])) as Record<Step, number>;
}

const template = await recordTemplate();
const rows: string[] = [
  `| stored contacts | ${STEPS.map((step) => `${step} ms`).join(' | ')} |`,
  `| --------------: | ${STEPS.map(() => '---:').join(' | ')} |`,
];
for (const size of sizes) {
  const medians = await measure(template, size);
  rows.push(
    `| ${size.toLocaleString('en-US')} | ${STEPS.map((step) => medians[step].toFixed(2)).join(' | ')} |`,
  );
}
process.stdout.write(
  `Median of ${rounds} rounds, in process (Node ${process.version}), ${new Date().toISOString().slice(0, 16)} UTC\n\n${rows.join('\n')}\n`,
);
