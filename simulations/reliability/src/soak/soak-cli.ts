/**
 * The soak of the mock (docs/reliability.md): the mock in a child process under steady load from
 * virtual consultants for a bounded time, its memory sampled after a full GC; prints the trend as JSON.
 *
 *   node dist/soak/soak-cli.js [--seconds 60] [--consultants 8] [--sample-every 5]
 */
import { type ChildProcess, fork } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createAdminClient } from '../support/admin-client.js';
import { createApiClient } from '../support/api-client.js';
import { fieldOf } from '../support/http-answer.js';
import { SEED_PASSWORD } from '../support/mock-harness.js';
import { type MemorySample, memoryTrend } from './memory-trend.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    consultants: { type: 'string', default: '4' },
    'sample-every': { type: 'string', default: '5' },
  },
});
const seconds = Number(values.seconds);
const consultants = Number(values.consultants);
const sampleEvery = Number(values['sample-every']);

function ask<T>(child: ChildProcess, type: string, request?: object): Promise<T> {
  return new Promise((resolve) => {
    const onMessage = (message: { type?: string }): void => {
      if (message.type !== type) return;
      child.off('message', onMessage);
      resolve(message as T);
    };
    child.on('message', onMessage);
    if (request !== undefined) child.send(request);
  });
}

const folder = await mkdtemp(join(tmpdir(), 'icontact-soak-'));
const child = fork(new URL('./soak-server.js', import.meta.url), [folder], { execArgv: ['--expose-gc'] });
const { apiUrl, adminUrl } = await ask<{ apiUrl: string; adminUrl: string }>(child, 'listening');
const api = createApiClient(apiUrl);
const admin = createAdminClient(adminUrl);
const logins = ['mk.aset', 'mk.aigerim', 'mk.dana', 'mk.svetlana'].slice(0, Math.max(1, consultants));

const started = performance.now();
const elapsed = (): number => (performance.now() - started) / 1000;
let requests = 0;

/** One consultant's steady loop: log in, read shifts, open and refuse a contact, sync it, log out. */
async function steadyLoad(login: string, index: number): Promise<void> {
  for (let round = 0; elapsed() < seconds; round += 1) {
    const answer = await api({
      method: 'POST',
      path: '/auth/token',
      json: { login, password: SEED_PASSWORD },
    });
    const token = String(fieldOf(answer.body, 'access'));
    const shifts = await api({ method: 'GET', path: '/shifts', token });
    const shift = (fieldOf(shifts.body, 'items') as { id: string; status: string }[] | undefined)?.[0];
    if (shift !== undefined && shift.status === 'planned')
      await api({ method: 'POST', path: `/shifts/${shift.id}/start`, token });
    await api({ method: 'GET', path: '/auth/me', token });
    await api({ method: 'GET', path: '/projects', token });
    await api({
      method: 'GET',
      path: `/sms/quota/${encodeURIComponent(`+7701${String(index).padStart(3, '0')}0000`)}`,
      token,
    });
    await api({ method: 'POST', path: '/auth/token', json: { login, password: 'wrong' } });
    await api({ method: 'POST', path: '/auth/logout', token, json: {} });
    requests += 7 + (round === 0 ? 1 : 0);
  }
}

const samples: MemorySample[] = [];
const sampler = (async () => {
  while (elapsed() < seconds) {
    const memory = await ask<{ rss: number; heapUsed: number }>(child, 'memory', { type: 'memory' });
    samples.push({ atSeconds: Math.round(elapsed()), rss: memory.rss, heapUsed: memory.heapUsed });
    await new Promise((resolve) => setTimeout(resolve, sampleEvery * 1000));
  }
})();
await Promise.all([...logins.map((login, index) => steadyLoad(login, index)), sampler]);
const last = await ask<{ rss: number; heapUsed: number }>(child, 'memory', { type: 'memory' });
samples.push({ atSeconds: Math.round(elapsed()), rss: last.rss, heapUsed: last.heapUsed });
const served = (await admin.metrics()).total;
child.send({ type: 'stop' });
await new Promise((resolve) => child.once('exit', resolve));
await rm(folder, { recursive: true, force: true });

const trend = memoryTrend(samples, Math.min(10, seconds / 4));
const mib = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;
process.stdout.write(
  `${JSON.stringify(
    {
      seconds,
      consultants: logins.length,
      requestsSent: requests,
      requestsServed: served,
      requestsPerSecond: Math.round(served / seconds),
      heapAfterGcMiB: { first: mib(trend.heapFirst), last: mib(trend.heapLast) },
      heapSlopeKiBPerMinute: Math.round(trend.heapSlopePerMinute / 1024),
      rssMiB: { first: mib(trend.rssFirst), last: mib(trend.rssLast) },
      samples: samples.map((sample) => ({
        s: sample.atSeconds,
        heapMiB: mib(sample.heapUsed),
        rssMiB: mib(sample.rss),
      })),
    },
    null,
    2,
  )}\n`,
);
