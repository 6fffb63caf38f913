/**
 * The flow generator, in a process of its own: BENCH_FLOWS's consultants each close a shift — log in,
 * read the shifts, start, open `contacts` contacts, upload them in batches, final sync, close, read the
 * timesheet (27 requests for 20 contacts in one batch) — spread over worker threads, closed model (a
 * fixed number of flows in flight) or open model (flows started at a rate). Prints one JSON line of
 * {@link FlowFigures}, with the CPU time of the whole process (every worker).
 */
import { randomUUID } from 'node:crypto';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { Agent, request } from 'undici';
import { FLOW_STEPS, type FlowFigures, type FlowLoad, type FlowStep } from './bench-types.ts';

interface WorkerReport {
  readonly flows: number;
  readonly failedFlows: number;
  readonly requests: number;
  readonly durations: Record<FlowStep, number[]>;
  readonly firstError?: string;
}

function percentile(values: number[], share: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] as number;
}

async function runWorker(load: FlowLoad, index: number): Promise<WorkerReport> {
  const agent = new Agent({ connections: 64, pipelining: 1, keepAliveTimeout: 30_000 });
  const app = { 'x-client-kind': 'tablet', 'x-app-version': load.appVersion };
  const durations = Object.fromEntries(FLOW_STEPS.map((step) => [step, [] as number[]])) as Record<
    FlowStep,
    number[]
  >;
  let requests = 0;
  let flows = 0;
  let failedFlows = 0;
  let firstError: string | undefined;
  let phone = index * 1_000_000;

  async function call(
    step: FlowStep,
    method: 'GET' | 'POST',
    path: string,
    headers: Record<string, string>,
    body?: unknown,
    // biome-ignore lint/suspicious/noExplicitAny: the runner reads answers loosely; the mock's tests check their shape
  ): Promise<any> {
    const started = performance.now();
    const answer = await request(`${load.apiUrl}${path}`, {
      method,
      dispatcher: agent,
      headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await answer.body.text();
    durations[step].push(performance.now() - started);
    requests += 1;
    if (answer.statusCode >= 300) throw new Error(`${step} ${method} ${path}: ${answer.statusCode} ${text}`);
    return JSON.parse(text);
  }

  async function flow(login: string, password: string): Promise<void> {
    const { access } = await call('login', 'POST', '/auth/token', app, { login, password });
    const auth = { ...app, authorization: `Bearer ${access}` };
    const keyed = () => ({ ...auth, 'idempotency-key': randomUUID() });
    const shifts = await call('read_shifts', 'GET', '/shifts', auth);
    const shift = shifts.items.find((candidate: { status: string }) => candidate.status !== 'closed');
    if (shift.status === 'planned') await call('start_shift', 'POST', `/shifts/${shift.id}/start`, keyed());
    else await call('start_shift', 'POST', `/shifts/${shift.id}/start`, keyed()).catch(() => undefined);
    const activityTypeId = shift.project.activityTypes[0].id as string;
    const items = [];
    for (let i = 0; i < load.contacts; i += 1) {
      const opened = await call('open_contact', 'POST', `/shifts/${shift.id}/contacts`, keyed(), {
        activityTypeId,
      });
      phone += 1;
      items.push({
        idempotencyKey: randomUUID(),
        contactId: opened.id,
        recordedAt: opened.openedAt,
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
      });
    }
    for (let from = 0; from < items.length; from += load.batch) {
      await call('upload', 'POST', `/shifts/${shift.id}/sync`, keyed(), {
        items: items.slice(from, from + load.batch),
      });
    }
    const manifest = items.map((item) => item.idempotencyKey);
    await call('final_sync', 'POST', `/shifts/${shift.id}/sync/final`, keyed(), { manifest });
    await call('close', 'POST', `/shifts/${shift.id}/close`, keyed());
    await call('timesheet', 'GET', `/shifts/${shift.id}/timesheet`, auth);
  }

  const mine = load.credentials.filter((_, i) => i % load.workers === index);
  const runOne = async (credentials: { login: string; password: string }): Promise<void> => {
    try {
      await flow(credentials.login, credentials.password);
      flows += 1;
    } catch (error) {
      failedFlows += 1;
      firstError ??= String(error);
    }
  };
  if (load.rate === undefined) {
    let next = 0;
    const lane = async (): Promise<void> => {
      while (next < mine.length) {
        const credentials = mine[next] as (typeof mine)[number];
        next += 1;
        await runOne(credentials);
      }
    };
    await Promise.all(Array.from({ length: load.concurrency ?? 1 }, lane));
  } else {
    const intervalMs = (1000 * load.workers) / load.rate;
    const started = performance.now() + (index * intervalMs) / load.workers;
    const running: Promise<void>[] = [];
    for (let i = 0; i < mine.length; i += 1) {
      const wait = started + i * intervalMs - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      running.push(runOne(mine[i] as (typeof mine)[number]));
    }
    await Promise.all(running);
  }
  await agent.close();
  return { flows, failedFlows, requests, durations, ...(firstError === undefined ? {} : { firstError }) };
}

if (isMainThread) {
  const load = JSON.parse(process.env.BENCH_FLOWS ?? '') as FlowLoad;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const reports = await Promise.all(
    Array.from(
      { length: load.workers },
      (_, index) =>
        new Promise<WorkerReport>((resolve, reject) => {
          const worker = new Worker(new URL(import.meta.url), { workerData: { load, index } });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const all = (step: FlowStep) => reports.flatMap((report) => report.durations[step]);
  const figures: FlowFigures = {
    flows: reports.reduce((sum, report) => sum + report.flows, 0),
    failedFlows: reports.reduce((sum, report) => sum + report.failedFlows, 0),
    requests: reports.reduce((sum, report) => sum + report.requests, 0),
    seconds,
    p95Ms: Object.fromEntries(FLOW_STEPS.map((step) => [step, percentile(all(step), 0.95)])) as Record<
      FlowStep,
      number
    >,
    generatorCpuMs: (cpu.user + cpu.system) / 1000,
    ...(reports.find((report) => report.firstError)?.firstError === undefined
      ? {}
      : { firstError: reports.find((report) => report.firstError)?.firstError as string }),
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
} else {
  const { load, index } = workerData as { load: FlowLoad; index: number };
  parentPort?.postMessage(await runWorker(load, index));
}
