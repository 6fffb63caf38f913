/**
 * What the state costs in memory and what a shift's steps cost as the shift grows (a benchmark, not a
 * test: nothing asserts a speed or a size). In process, through `backend.handle`, no HTTP.
 *
 * - heap per stored contact: `--flows` consultants of a new team (1,000: 20,000 contacts) each close a
 *   shift of 20 contacts — log in, list shifts, start, open 20 contacts, upload them, final sync, close,
 *   read the timesheet, every write with an `Idempotency-Key` — and the heap after a full GC, less the
 *   heap before, is divided by the contacts stored;
 * - steps by shift size: in a shift already holding 10 and 1,000 accepted contacts, the median time of an
 *   upload of 20 new contacts, the final sync (its manifest names every key of the shift), the sync
 *   status and the list of the shift's contacts (both answer with the whole shift).
 *
 *   ./run pnpm --filter @icontact/mock-core bench:state                      # 1,000 flows, shifts of 10 and 1,000
 *   ./run pnpm --filter @icontact/mock-core bench:state -- --flows 200 --rounds 5
 *
 * It reads the built package (`dist`): the script builds it first, and runs with `--expose-gc`.
 */
import { parseArgs } from 'node:util';
import { type Backend, createBackend } from '@icontact/mock-core';

const START = '2026-11-24T03:30:00.000Z';
const APP = { 'X-Client-Kind': 'tablet', 'X-App-Version': '3.2.0' };

const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    flows: { type: 'string', default: '1000' },
    sizes: { type: 'string', default: '10,1000' },
    rounds: { type: 'string', default: '15' },
  },
});
const flows = Number(args.flows);
const sizes = String(args.sizes).split(',').map(Number);
const rounds = Number(args.rounds);
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with node --expose-gc');

interface Answer {
  readonly status: number;
  // biome-ignore lint/suspicious/noExplicitAny: the benchmark reads answers loosely; the tests check their shape
  readonly body: any;
}

async function call(
  backend: Backend,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; keyed?: boolean } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { ...APP };
  if (options.token !== undefined) headers.Authorization = `Bearer ${options.token}`;
  if (options.keyed === true) headers['Idempotency-Key'] = crypto.randomUUID();
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const result = await backend.handle({
    method,
    url: `/api/v1${path}`,
    headers,
    bodyText: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  if (result.kind !== 'response') throw new Error(`${method} ${path}: a wire fault`);
  if (result.status >= 300)
    throw new Error(`${method} ${path}: ${result.status} ${JSON.stringify(result.body)}`);
  return result;
}

let phone = 0;
function item(contactId: string, openedAt: string, activityTypeId: string) {
  phone += 1;
  return {
    idempotencyKey: crypto.randomUUID(),
    contactId,
    recordedAt: openedAt,
    contact: {
      activityTypeId,
      step: 'submitted',
      consumer: {
        surname: 'Нурланова',
        firstName: 'Әсел',
        patronymic: 'Қайратқызы',
        iin: '061211600012',
        phone: `+7701${String(phone % 10_000_000).padStart(7, '0')}`,
      },
    },
  };
}

type Work = { token: string; shiftId: string; activityTypeId: string };

async function atWork(backend: Backend, login: string, password: string): Promise<Work> {
  const token = (await call(backend, 'POST', '/auth/token', { body: { login, password } })).body
    .access as string;
  const shift = (await call(backend, 'GET', '/shifts', { token })).body.items[0];
  const started = await call(backend, 'POST', `/shifts/${shift.id}/start`, { token, keyed: true });
  return { token, shiftId: shift.id, activityTypeId: started.body.project.activityTypes[0].id };
}

async function openContacts(backend: Backend, work: Work, count: number) {
  const items = [];
  for (let i = 0; i < count; i += 1) {
    const opened = await call(backend, 'POST', `/shifts/${work.shiftId}/contacts`, {
      token: work.token,
      keyed: true,
      body: { activityTypeId: work.activityTypeId },
    });
    items.push(item(opened.body.id, opened.body.openedAt, work.activityTypeId));
  }
  return items;
}

async function upload(backend: Backend, work: Work, items: unknown[]) {
  for (let from = 0; from < items.length; from += 20) {
    await call(backend, 'POST', `/shifts/${work.shiftId}/sync`, {
      token: work.token,
      keyed: true,
      body: { items: items.slice(from, from + 20) },
    });
  }
}

function heapMiB(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}

/** Heap per stored contact after `flows` shift closes of 20 contacts. */
async function heapPerContact(): Promise<{ contacts: number; bytesPerContact: number }> {
  const backend = createBackend({ clock: { start: START, speed: 0 } });
  const team = backend.admin.createTeam({ consultants: flows });
  const before = heapMiB();
  for (const consultant of team.consultants) {
    const work = await atWork(backend, consultant.login, consultant.password);
    const items = await openContacts(backend, work, 20);
    await upload(backend, work, items);
    const manifest = items.map((i) => i.idempotencyKey);
    await call(backend, 'POST', `/shifts/${work.shiftId}/sync/final`, {
      token: work.token,
      keyed: true,
      body: { manifest },
    });
    await call(backend, 'POST', `/shifts/${work.shiftId}/close`, { token: work.token, keyed: true });
    await call(backend, 'GET', `/shifts/${work.shiftId}/timesheet`, { token: work.token });
  }
  const after = heapMiB();
  const contacts = backend.admin.contacts().length;
  backend.close();
  return { contacts, bytesPerContact: (after - before) / (flows * 20) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

async function timed(times: number[], fn: () => Promise<unknown>): Promise<void> {
  const started = performance.now();
  await fn();
  times.push(performance.now() - started);
}

/** Median ms of each step in a shift that already holds `size` accepted contacts. */
async function stepsAt(size: number): Promise<Record<string, number>> {
  const backend = createBackend({ clock: { start: START, speed: 0 } });
  const [consultant] = backend.admin.createTeam({ consultants: 1 }).consultants;
  if (consultant === undefined) throw new Error('no consultant');
  const work = await atWork(backend, consultant.login, consultant.password);
  const held = await openContacts(backend, work, size);
  await upload(backend, work, held);
  const manifest = held.map((i) => i.idempotencyKey);
  const times: Record<string, number[]> = {
    'upload 20': [],
    'final sync': [],
    'sync status': [],
    'list contacts': [],
  };
  for (let round = 0; round < rounds; round += 1) {
    const fresh = await openContacts(backend, work, 20);
    await timed(times['upload 20'] as number[], () => upload(backend, work, fresh));
    manifest.push(...fresh.map((i) => i.idempotencyKey));
    await timed(times['final sync'] as number[], () =>
      call(backend, 'POST', `/shifts/${work.shiftId}/sync/final`, {
        token: work.token,
        keyed: true,
        body: { manifest },
      }),
    );
    await timed(times['sync status'] as number[], () =>
      call(backend, 'GET', `/shifts/${work.shiftId}/sync`, { token: work.token }),
    );
    await timed(times['list contacts'] as number[], () =>
      call(backend, 'GET', `/shifts/${work.shiftId}/contacts`, { token: work.token }),
    );
  }
  backend.close();
  return Object.fromEntries(
    Object.entries(times).map(([step, values]) => [step, Number(median(values).toFixed(3))]),
  );
}

const memory = await heapPerContact();
process.stdout.write(
  `heap per stored contact: ${(memory.bytesPerContact / 1024).toFixed(2)} KiB (${memory.contacts} contacts, ${flows} flows)\n`,
);
const bySize: Record<number, Record<string, number>> = {};
for (const size of sizes) bySize[size] = await stepsAt(size);
process.stdout.write(`\n| step | ${sizes.map((s) => `shift of ${s}, ms`).join(' | ')} | ratio |\n`);
process.stdout.write(`|---|${sizes.map(() => '---:').join('|')}|---:|\n`);
for (const step of Object.keys(bySize[sizes[0] as number] ?? {})) {
  const values = sizes.map((size) => bySize[size]?.[step] ?? 0);
  const ratio = (values.at(-1) as number) / (values[0] as number);
  process.stdout.write(`| ${step} | ${values.join(' | ')} | ${ratio.toFixed(2)} |\n`);
}
